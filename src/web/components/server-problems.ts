/**
 * The sentences of the server's last refusal per input id, so each field shows its own next to
 * it (fields.tsx) while the error summary (ErrorMessage.tsx) lists them all. The summary puts
 * them here while it is shown and takes them back when it goes.
 */
import { useSyncExternalStore } from 'react';

const sentences = new Map<string, string>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Shows each sentence at its input; the returned function removes them again. */
export function showServerProblems(entries: readonly (readonly [string, string])[]): () => void {
  if (entries.length === 0) return () => {};
  for (const [id, sentence] of entries) sentences.set(id, sentence);
  changed();
  return () => {
    for (const [id, sentence] of entries) if (sentences.get(id) === sentence) sentences.delete(id);
    changed();
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The server's sentence for this input, while its refusal is shown. */
export function useServerProblem(id: string): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => sentences.get(id),
    () => undefined,
  );
}
