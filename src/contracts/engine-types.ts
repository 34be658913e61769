/**
 * Responses that carry an engine's own data (a call definition, findings, a proposal document):
 * the engines' types are their contract, shared by the server and the browser, so the schema
 * takes the type without repeating it field by field (documented as an object).
 */
import { z } from 'zod';

export const engineShape = <T>(description: string) =>
  z.custom<T>((value) => value !== undefined).meta({ description });
