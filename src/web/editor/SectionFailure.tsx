/**
 * One section the server refused to save: its name linked to the first field it names, then a
 * sentence per problem in the reader's language, each also shown next to its field when the
 * field is on the page.
 */
import { useEffect } from 'react';
import { sectionWriteField } from '../../engine/proposal/field-paths.ts';
import { ApiError } from '../api/client.ts';
import { useProblemWords } from '../components/problem-words.ts';
import { showServerProblems } from '../components/server-problems.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fieldLabel, problemSentence, refusalMessage } from '../i18n/problems.ts';
import { sectionLabel } from './conflict/section-label.ts';
import { useEditorContext } from './editor-context.tsx';
import { fieldTarget } from './model/field-target.ts';
import { FieldLink } from './panel/FieldLink.tsx';

export function SectionFailure({ sectionKey, error }: { sectionKey: string; error: unknown }) {
  const i18n = useI18n();
  const editor = useEditorContext();
  const problems = error instanceof ApiError ? error.problems : [];
  const words = useProblemWords(problems);
  const said = problems.map((p) => ({
    path: sectionWriteField(sectionKey, p.field),
    label: fieldLabel(p.field, i18n),
    sentence: problemSentence(p, words),
  }));
  const atInputs = said.flatMap(({ path, sentence }) => {
    const id = fieldTarget(path).ids.find((candidate) => document.getElementById(candidate));
    return id ? [[id, sentence] as const] : [];
  });
  const key = JSON.stringify(atInputs);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the content of atInputs.
  useEffect(() => showServerProblems(atInputs), [key]);
  const first = said[0];
  const message =
    error instanceof ApiError
      ? refusalMessage(error, i18n)
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <li>
      <FieldLink proposalId={editor.view.id} field={first ? first.path : sectionKey}>
        {sectionLabel(sectionKey, editor.document, editor.call, i18n)}
      </FieldLink>
      {': '}
      {said.length > 0 ? said.map(({ label, sentence }) => `${label}: ${sentence}`).join(' ') : message}
    </li>
  );
}
