/**
 * What changed between two submitted versions: their canonical contents (as frozen and hashed)
 * compared field by field.
 */

import './submissions.css';
import { type FormEvent, useState } from 'react';
import type { SubmissionView } from '../../../contracts/proposals.ts';
import { api } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/fields.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { diffFlat, type FlatChange } from '../../lib/flatten.ts';
import { useEditorContext } from '../editor-context.tsx';

export function VersionDiff({ numbers }: { numbers: number[] }) {
  const { t, tn } = useI18n();
  const { view } = useEditorContext();
  const [from, setFrom] = useState(String(numbers[1]));
  const [to, setTo] = useState(String(numbers[0]));
  const [changes, setChanges] = useState<FlatChange[]>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const options = numbers.map((n) => ({ value: String(n), label: t('submissions.version', { n }) }));

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const load = (n: string) =>
        api.get<SubmissionView>(`/api/v1/proposals/${encodeURIComponent(view.id)}/submissions/${n}`);
      const [a, b] = await Promise.all([load(from), load(to)]);
      setChanges(diffFlat(a.content, b.content));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="subpanel" aria-labelledby="diff-h">
      <h3 id="diff-h">{t('diff.title')}</h3>
      <form className="form form--inline" onSubmit={compare}>
        <SelectField
          id="diff-from"
          label={t('diff.from')}
          value={from}
          onChange={setFrom}
          options={options}
        />
        <SelectField id="diff-to" label={t('diff.to')} value={to} onChange={setTo} options={options} />
        <button type="submit" className="button" disabled={busy}>
          {t('diff.compare')}
        </button>
      </form>
      <ErrorMessage error={error} />
      <div role="status">
        {changes &&
          (changes.length === 0 ? <p>{t('diff.same')}</p> : <p>{tn('diff.count', changes.length)}</p>)}
      </div>
      {changes && changes.length > 0 && (
        <ScrollRegion label={t('diff.table')}>
          <table className="table diff-table">
            <thead>
              <tr>
                <th scope="col">{t('diff.field')}</th>
                <th scope="col">{t('submissions.version', { n: Number(from) })}</th>
                <th scope="col">{t('submissions.version', { n: Number(to) })}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.path}>
                  <th scope="row">
                    <code>{c.path}</code>
                  </th>
                  <td className="diff-old">
                    {c.before === undefined ? <em>{t('diff.absent')}</em> : c.before}
                  </td>
                  <td className="diff-new">
                    {c.after === undefined ? <em>{t('diff.absent')}</em> : c.after}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
