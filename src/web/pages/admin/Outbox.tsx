/** The e-mails the platform wrote, newest first; links in them are clickable. */
import './outbox.css';
import type { OutboxMail } from '../../../contracts/admin.ts';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The mail's text with its links clickable; each part keyed by where it starts in the text. */
function withLinks(text: string) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(/https?:\/\/\S+/g)) {
    parts.push(text.slice(at, match.index));
    parts.push(
      <a key={match.index} href={match[0]}>
        {match[0]}
      </a>,
    );
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}

export function Outbox({ mails }: { mails: OutboxMail[] }) {
  const { t, lang } = useI18n();
  if (mails.length === 0) return <p>{t('admin.outboxEmpty')}</p>;
  return (
    <ul className="mail-list">
      {mails.map((m) => (
        <li key={m.id} className="mail">
          <h3 className="mail__subject">{m.subject}</h3>
          <p className="mail__meta">{t('admin.mailTo', { to: m.to, time: formatTime(m.createdAt, lang) })}</p>
          <p className="mail__body">{withLinks(m.body)}</p>
        </li>
      ))}
    </ul>
  );
}
