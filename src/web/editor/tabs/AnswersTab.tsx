/**
 * The answer to each award criterion, with a live count against the call's character limit. The
 * field takes no more than the limit (a paste is cut there); an answer imported longer than the
 * limit can still be shortened, and the live check says by how much it is over.
 */
import './answers.css';
import { integer } from '../../../engine/i18n/format.ts';
import type { AnswerSection } from '../../../engine/proposal/sections.ts';
import { TextArea } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { TabHeading } from './TabHeading.tsx';

export function AnswersTab() {
  const { t, pick, lang } = useI18n();
  const editor = useEditorContext();
  const limit = editor.call.proposalForm.answerMaxCharacters.value;
  return (
    <section aria-labelledby="answers-h">
      <TabHeading id="answers-h" title={t('tab.answers')}>
        {t('answers.intro', { limit: integer(limit, lang) })}
      </TabHeading>
      {editor.call.awardCriteria.criteria.map((criterion) => {
        const key = `answers:${criterion.id}`;
        const text = editor.data<AnswerSection>(key).text;
        const id = fieldId(key);
        const over = text.length > limit;
        return (
          <div key={criterion.id} className="answer">
            <TextArea
              id={id}
              label={pick(criterion.name)}
              hint={t('answers.maxPoints', {
                points: criterion.maximum.value,
                threshold: criterion.threshold.value,
              })}
              value={text}
              rows={8}
              readOnly={!editor.canEdit(key)}
              describedBy={`${id}-count`}
              maxLength={limit}
              onChange={(value) =>
                editor.edit<AnswerSection>(key, () => ({ text: withinLimit(value, text, limit) }))
              }
            />
            <p
              id={`${id}-count`}
              className={`char-count${over ? ' char-count--over' : ''}`}
              data-count={text.length}
            >
              {t('answers.count', { count: integer(text.length, lang), limit: integer(limit, lang) })}
              {over && ` ${t('answers.over', { n: integer(text.length - limit, lang) })}`}
            </p>
          </div>
        );
      })}
    </section>
  );
}

/** What the field keeps: never more than the limit, unless it already held more and shrinks. */
function withinLimit(next: string, previous: string, limit: number): string {
  return next.length > limit && next.length > previous.length
    ? next.slice(0, Math.max(limit, previous.length))
    : next;
}
