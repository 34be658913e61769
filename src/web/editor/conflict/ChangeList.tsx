/** A list of changes to a section: the field, what it was, what it became. */
import type { ServerChange } from '../../../contracts/proposals.ts';
import type { Lang } from '../../../engine/call-definition/types.ts';
import { locale } from '../../../engine/i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldChanges } from './field-changes.ts';
import { fieldLabel } from './field-label.ts';

/** A value as the form shows it: numbers written the language's way (1,500 / 1.500), texts cut short. */
export function shortValue(value: unknown, lang: Lang): string {
  if (value === undefined) return '—';
  if (typeof value === 'number') return value.toLocaleString(locale(lang));
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function ChangeList({ changes }: { changes: ServerChange[] | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { document } = useEditorContext();
  if (!changes) return <p className="muted">{t('conflict.unknownChanges')}</p>;
  const fields = fieldChanges(changes);
  if (fields.length === 0) return <p className="muted">{t('conflict.noChanges')}</p>;
  return (
    <ul className="change-list">
      {fields.map((c) => (
        <li key={c.path}>
          <span className="change-list__field">{fieldLabel(c.path, document, i18n)}</span>:{' '}
          <del>{shortValue(c.old, i18n.lang)}</del> → <ins>{shortValue(c.new, i18n.lang)}</ins>
        </li>
      ))}
    </ul>
  );
}
