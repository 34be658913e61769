/** Every eligibility rule and what it concluded, so a verdict can be understood, not just trusted. */
import './checks.css';
import type { Outcome } from '../../../engine/eligibility/types.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';

const OUTCOME: Record<Outcome, MessageKey> = {
  pass: 'check.pass',
  fail: 'check.fail',
  'not-applicable': 'check.notApplicable',
};

export function ChecksList() {
  const { t, tn, pick } = useI18n();
  const editor = useEditorContext();
  const outcomes = editor.review?.eligibility.outcomes ?? [];
  return (
    <details className="details">
      <summary>{tn('review.checks', outcomes.length)}</summary>
      <ul className="checks">
        {outcomes.map((o) => (
          <li key={o.rule} className={`check check--${o.outcome}`}>
            <span className="check__outcome">{t(OUTCOME[o.outcome])}</span> {pick(o.summary)}{' '}
            <code>{o.rule}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
