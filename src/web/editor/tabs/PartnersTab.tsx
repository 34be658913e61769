/**
 * Partners' contacts: the coordinator invites a contact for a participant by e-mail; whoever
 * accepts the link edits that organisation's details and budget. Everyone sees who is invited.
 */
import type { InvitationView } from '../../../contracts/invitations.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { InviteForm } from '../partners/InviteForm.tsx';
import { TabHeading } from './TabHeading.tsx';

export function PartnersTab() {
  const { t, lang } = useI18n();
  const editor = useEditorContext();
  const { view } = editor;
  const invitations = useApi<InvitationView[]>(
    `/api/v1/proposals/${encodeURIComponent(view.id)}/invitations`,
  );
  const nameOf = (pid: string) =>
    editor.document.participants.find((p) => p.id === pid)?.organisation.legalName ?? pid;
  const own = view.membership?.participantId;
  return (
    <section aria-labelledby="partners-h">
      <TabHeading id="partners-h" title={t('tab.partners')}>
        {t('partners.intro')}
      </TabHeading>
      {own && <p>{t('partners.youRepresent', { name: nameOf(own) })}</p>}
      {view.permissions.invite ? <InviteForm /> : <p className="muted">{t('partners.coordinatorInvites')}</p>}
      <h3>{t('partners.invitations')}</h3>
      <ErrorMessage error={invitations.error} />
      {invitations.data && invitations.data.length === 0 && <p>{t('partners.none')}</p>}
      {invitations.data && invitations.data.length > 0 && (
        <ul className="invitation-list">
          {invitations.data.map((i) => (
            <li key={i.id}>
              <strong>{i.email}</strong> · {nameOf(i.participantId)} ·{' '}
              {i.acceptedAt
                ? t('partners.accepted', { time: formatTime(i.acceptedAt, lang) })
                : t('partners.pending', { time: formatTime(i.createdAt, lang) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
