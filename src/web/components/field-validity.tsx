/**
 * Fields that hold text which cannot become a value (a negative month, "12x" euros). The text
 * stays in the field with its error and the model keeps the last good value, so whatever frames
 * the fields (the editor's save bar and live check) must know, or it would say "saved".
 */
import { createContext, useContext } from 'react';

export interface FieldValidity {
  /** `problem` is the message shown at the field, or undefined once the field is fine again. */
  report(fieldId: string, problem: string | undefined): void;
}

export const FieldValidityContext = createContext<FieldValidity | undefined>(undefined);

export function useFieldValidity(): FieldValidity | undefined {
  return useContext(FieldValidityContext);
}
