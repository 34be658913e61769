/** Inviting a participant's contact: the e-mail with the link goes to the platform's outbox. */
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { useEditorContext } from '../editor-context.tsx';

/** The list of invitations beside it is read again once the invitation is sent. */
export function InviteForm() {
  const { t } = useI18n();
  const editor = useEditorContext();
  const { view } = editor;
  // Only participants the server knows (saved in the consortium) can be invited for.
  const saved = editor.view.document.participants;
  const [participantId, setParticipantId] = useState(
    saved.find((p) => p.role !== 'coordinator')?.id ?? saved[0]?.id ?? '',
  );
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  const [busy, setBusy] = useState(false);
  const invitation = useWrite(
    (body: { participantId: string; email: string }) =>
      api.post(`/api/v1/proposals/${encodeURIComponent(view.id)}/invitations`, body),
    [queryKeys.invitations(view.id)],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    done.clear();
    try {
      await invitation.mutateAsync({ participantId, email });
      done.show('partners.sent', { email });
      setEmail('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form subpanel" onSubmit={submit} noValidate aria-labelledby="invite-h">
      <h3 id="invite-h">{t('partners.inviteTitle')}</h3>
      <ErrorMessage
        error={error}
        inputFor={(f) => ({ participantId: 'invite-participant', email: 'invite-email' })[f]}
      />
      <p role="status">{done.text}</p>
      <SelectField
        id="invite-participant"
        label={t('partners.participant')}
        value={participantId}
        onChange={setParticipantId}
        options={saved.map((p) => ({ value: p.id, label: p.organisation.legalName }))}
      />
      <TextField
        id="invite-email"
        label={t('partners.email')}
        type="email"
        value={email}
        onChange={setEmail}
        required
      />
      <button type="submit" className="button" disabled={busy}>
        {t('partners.invite')}
      </button>
    </form>
  );
}
