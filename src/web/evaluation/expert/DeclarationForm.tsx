/**
 * Before the proposal opens: the expert declares no conflict of interest and confidentiality.
 * The participants are listed (the server shows them before the declaration) so the expert can
 * tell whether they have a conflict. Declaring a conflict keeps the proposal closed to them.
 */
import { type FormEvent, useState } from 'react';
import type { Assignment } from '../../../contracts/evaluation-expert.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Checkbox, TextArea } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCatalogueNames } from './catalogue-names.ts';

/** Once declared, the expert's assignments and this proposal's pages are read again. */
export function DeclarationForm({ assignment }: { assignment: Assignment }) {
  const { t } = useI18n();
  const names = useCatalogueNames();
  const [noConflict, setNoConflict] = useState(false);
  const [confidential, setConfidential] = useState(false);
  const [tried, setTried] = useState(false);
  const [reason, setReason] = useState('');
  const [conflictConfidential, setConflictConfidential] = useState(false);
  const [triedConflict, setTriedConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const path = `/api/v1/evaluation/proposals/${encodeURIComponent(assignment.proposalId)}/declaration`;
  const declaration = useWrite(
    (body: Record<string, unknown>) => api.post(path, body),
    [queryKeys.myAssignments(), queryKeys.expertProposal(assignment.proposalId)],
  );

  const send = async (body: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await declaration.mutateAsync(body);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const declare = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!noConflict || !confidential) return;
    void send({ noConflict: true, confidentiality: true });
  };

  const declareConflict = (event: FormEvent) => {
    event.preventDefault();
    setTriedConflict(true);
    if (reason.trim() === '' || !conflictConfidential) return;
    void send({ noConflict: false, confidentiality: true, conflictReason: reason.trim() });
  };

  return (
    <section aria-labelledby="declaration-h" className="declaration">
      <div className="tab-heading">
        <h2 id="declaration-h" tabIndex={-1}>
          {t('declaration.title')}
        </h2>
        <p className="tab-heading__intro">{t('declaration.intro')}</p>
      </div>
      <h3>{t('declaration.participants')}</h3>
      <ul className="expert-participants">
        {assignment.participants.map((p) => (
          <li key={`${p.name}|${p.country}|${p.role}`}>
            <strong>{p.name}</strong>
            <span className="muted">
              {' · '}
              {names.country(p.country)} · {t(ROLE_LABEL[p.role])}
            </span>
          </li>
        ))}
      </ul>
      <ErrorMessage
        error={error}
        inputFor={(field) => (field === 'conflictReason' ? 'decl-reason' : undefined)}
      />
      <form className="form panel" onSubmit={declare} noValidate>
        <fieldset className="fieldset">
          <legend>{t('declaration.legend')}</legend>
          <Checkbox
            id="decl-no-conflict"
            label={t('declaration.noConflict')}
            hint={
              <>
                {t('declaration.noConflictHint')}
                {tried && !noConflict && (
                  <span className="field__error">{t('declaration.tickNoConflict')}</span>
                )}
              </>
            }
            checked={noConflict}
            onChange={setNoConflict}
          />
          <Checkbox
            id="decl-confidential"
            label={t('declaration.confidentiality')}
            hint={
              <>
                {t('declaration.confidentialityHint')}
                {tried && !confidential && (
                  <span className="field__error">{t('declaration.tickConfidentiality')}</span>
                )}
              </>
            }
            checked={confidential}
            onChange={setConfidential}
          />
        </fieldset>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('declaration.sending') : t('declaration.submit')}
        </button>
      </form>
      <details className="details declaration__conflict">
        <summary>{t('declaration.haveConflict')}</summary>
        <div className="notice notice--warning">
          <p className="notice__title">{t('declaration.whatHappensTitle')}</p>
          <p>{t('declaration.whatHappens')}</p>
        </div>
        <form className="form" onSubmit={declareConflict} noValidate>
          <TextArea
            id="decl-reason"
            label={t('declaration.reason')}
            hint={t('declaration.reasonHint')}
            value={reason}
            rows={3}
            onChange={setReason}
            error={triedConflict && reason.trim() === '' ? t('declaration.reasonMissing') : undefined}
          />
          <Checkbox
            id="decl-conflict-confidential"
            label={t('declaration.confidentiality')}
            hint={
              triedConflict && !conflictConfidential ? (
                <span className="field__error">{t('declaration.tickConfidentiality')}</span>
              ) : undefined
            }
            checked={conflictConfidential}
            onChange={setConflictConfidential}
          />
          <button type="submit" className="button button--danger-secondary" disabled={busy}>
            {t('declaration.submitConflict')}
          </button>
        </form>
      </details>
    </section>
  );
}
