/**
 * The page an invitation e-mail links to. A visitor signs in or registers here, then accepts:
 * they become the contact of the invited participant and go straight to the proposal.
 */
import { useState } from 'react';
import type { AcceptedInvitation } from '../../contracts/invitations.ts';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useWrite } from '../api/use-write.ts';
import { navigate } from '../app/use-route.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RegisterForm, SignInForm } from '../session/AuthForms.tsx';
import { useSession } from '../session/session.tsx';

export default function InvitationPage({ token }: { token: string }) {
  const { t } = useI18n();
  const { state } = useSession();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // The proposal joins the new contact's list.
  const acceptance = useWrite(
    () => api.post<AcceptedInvitation>('/api/v1/invitations/accept', { token }),
    [queryKeys.proposals()],
  );

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const joined = await acceptance.mutateAsync(undefined);
      navigate({ name: 'proposal', id: joined.proposalId, tab: 'participants' });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('invitation.title')} />
      <p className="lead">{t('invitation.intro')}</p>
      {state.status === 'signed-in' ? (
        <div className="panel">
          <p>{t('invitation.signedInAs', { name: state.account.name, email: state.account.email })}</p>
          <ErrorMessage error={error} />
          <button type="button" className="button button--primary" onClick={accept} disabled={busy}>
            {t('invitation.accept')}
          </button>
        </div>
      ) : (
        <div className="grid-2">
          <section className="panel" aria-labelledby="inv-sign-in">
            <h2 id="inv-sign-in">{t('invitation.haveAccount')}</h2>
            <SignInForm idPrefix="inv-sign-in" onDone={() => undefined} />
          </section>
          <section className="panel" aria-labelledby="inv-register">
            <h2 id="inv-register">{t('invitation.newHere')}</h2>
            <RegisterForm idPrefix="inv-register" onDone={() => undefined} />
          </section>
        </div>
      )}
    </>
  );
}
