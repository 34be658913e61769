/**
 * The bank account the payments go to. The coordinator's contacts see it in full and change it
 * (the IBAN is checked as it is typed, with the same mod-97 check the server applies); everyone
 * else sees it masked.
 */
import { useState } from 'react';
import type { GrantView } from '../../contracts/grants.ts';
import { ibanProblem } from '../../engine/grant/iban.ts';
import { api } from '../api/client.ts';
import { useWrite } from '../api/use-write.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { GRANTS_KEY, grantPath, may } from './model.ts';

export function BankAccountSection({ grant: g }: { grant: GrantView }) {
  const { t } = useI18n();
  const editable = may(g, 'edit-bank-account');
  const [holder, setHolder] = useState(g.bankAccount?.masked ? '' : (g.bankAccount?.holder ?? ''));
  const [iban, setIban] = useState(g.bankAccount && !g.bankAccount.masked ? g.bankAccount.iban : '');
  const [touched, setTouched] = useState(false);
  const save = useWrite(
    () => api.put(`${grantPath(g.id)}/bank-account`, { version: g.version, holder, iban }),
    [GRANTS_KEY],
  );
  const problem = iban.trim() === '' ? undefined : ibanProblem(iban);
  const showProblem = touched && problem !== undefined;
  return (
    <section className="grant-section" aria-labelledby="grant-bank-h">
      <h2 id="grant-bank-h">{t('grantPage.bank')}</h2>
      {g.bankAccount ? (
        <p data-bank>
          {g.bankAccount.holder}, <span className="nowrap">{g.bankAccount.iban}</span>
          {g.bankAccount.masked && (
            <span className="muted small grants-block">{t('grantPage.bankMasked')}</span>
          )}
        </p>
      ) : (
        <p>{t('grantPage.bankNone')}</p>
      )}
      {editable && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            if (problem === undefined && iban.trim() !== '') save.mutate(undefined);
          }}
        >
          <ErrorMessage error={save.error} />
          {save.isSuccess && !save.isPending && (
            <p className="notice notice--success" role="status">
              {t('grantPage.bankSaved')}
            </p>
          )}
          <div className="field">
            <label className="field__label" htmlFor="grant-bank-holder">
              {t('grantPage.bankHolder')}
            </label>
            <input
              id="grant-bank-holder"
              className="input"
              autoComplete="organization"
              value={holder}
              onChange={(e) => setHolder(e.target.value)}
            />
          </div>
          <div className={`field${showProblem ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor="grant-bank-iban">
              {t('grantPage.iban')}
            </label>
            <p className="field__hint" id="grant-bank-iban-hint">
              {t('grantPage.ibanHint')}
            </p>
            {showProblem && (
              <p className="field__error" id="grant-bank-iban-error">
                {t(problem === 'format' ? 'grantPage.iban.format' : 'grantPage.iban.checkDigits')}
              </p>
            )}
            <input
              id="grant-bank-iban"
              className="input"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={showProblem}
              aria-describedby={
                showProblem ? 'grant-bank-iban-hint grant-bank-iban-error' : 'grant-bank-iban-hint'
              }
              value={iban}
              onChange={(e) => setIban(e.target.value)}
              onBlur={() => setTouched(true)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={save.isPending}>
            {t('grantPage.bankSave')}
          </button>
        </form>
      )}
    </section>
  );
}
