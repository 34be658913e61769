/** The editor shared with its pages without passing it through every component. */
import { createContext, useContext } from 'react';
import type { Editor } from './use-editor.ts';

export const EditorContext = createContext<Editor | undefined>(undefined);

export function useEditorContext(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditorContext outside the editor');
  return editor;
}
