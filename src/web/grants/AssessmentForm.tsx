/**
 * The officer's assessment of a report: each work package completed, not completed, or (at the
 * final report, where the call allows it) partially completed with the share done. A work
 * package completed in an earlier report stays completed.
 */
import { useState } from 'react';
import { type GrantView, WORK_PACKAGE_STATUSES } from '../../contracts/grants.ts';
import { api } from '../api/client.ts';
import { useWrite } from '../api/use-write.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { GRANTS_KEY, grantPath, money } from './model.ts';

type Report = GrantView['reports'][number];
type Status = (typeof WORK_PACKAGE_STATUSES)[number];
interface Entry {
  status: Status;
  percent: string;
  comment: string;
}

export function AssessmentForm({ grant: g, report }: { grant: GrantView; report: Report }) {
  const { t, lang } = useI18n();
  const completedBefore = new Set(
    g.reports
      .filter((r) => r.period < report.period)
      .flatMap((r) => r.assessments.filter((a) => a.status === 'completed').map((a) => a.workPackageId)),
  );
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(
      g.workPackages.map((wp) => {
        const saved = report.assessments.find((a) => a.workPackageId === wp.id);
        const status: Status = completedBefore.has(wp.id) ? 'completed' : (saved?.status ?? 'not-completed');
        return [
          wp.id,
          { status, percent: saved?.percent ? String(saved.percent) : '', comment: saved?.comment ?? '' },
        ];
      }),
    ),
  );
  const partialAllowed = report.final && g.schedule.partialCompletion.value === 'pro-rata-at-final';
  const statuses = WORK_PACKAGE_STATUSES.filter((s) => s !== 'partially-completed' || partialAllowed);
  const assess = useWrite(
    () =>
      api.put(`${grantPath(g.id)}/reports/${report.period}/assessment`, {
        version: g.version,
        workPackages: Object.fromEntries(
          Object.entries(entries).map(([id, e]) => [
            id,
            {
              status: e.status,
              comment: e.comment,
              ...(e.status === 'partially-completed' && { percent: Number(e.percent) }),
            },
          ]),
        ),
      }),
    [GRANTS_KEY],
  );
  const set = (id: string, change: Partial<Entry>) =>
    setEntries((all) => ({ ...all, [id]: { ...all[id]!, ...change } }));
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        assess.mutate(undefined);
      }}
    >
      <ErrorMessage error={assess.error} />
      {g.workPackages.map((wp) => {
        const entry = entries[wp.id]!;
        const fixed = completedBefore.has(wp.id);
        const base = `assess-${report.period}-${wp.id}`;
        return (
          <fieldset key={wp.id} className="grant-wp" data-wp={wp.number}>
            <legend>
              WP{wp.number} {wp.title} · {money(wp.share, lang)}
            </legend>
            {fixed ? (
              <p>{t('grantPage.completedBefore')}</p>
            ) : (
              <>
                {statuses.map((s) => (
                  <label key={s} className="radio" htmlFor={`${base}-${s}`}>
                    <input
                      id={`${base}-${s}`}
                      type="radio"
                      name={base}
                      value={s}
                      checked={entry.status === s}
                      onChange={() => set(wp.id, { status: s })}
                    />
                    <span>{t(`grantPage.status.${s}` as MessageKey)}</span>
                  </label>
                ))}
                {entry.status === 'partially-completed' && (
                  <div className="field">
                    <label className="field__label" htmlFor={`${base}-percent`}>
                      {t('grantPage.percent')}
                    </label>
                    <input
                      id={`${base}-percent`}
                      className="input input--number"
                      inputMode="numeric"
                      value={entry.percent}
                      onChange={(e) => set(wp.id, { percent: e.target.value })}
                    />
                  </div>
                )}
                <div className="field">
                  <label className="field__label" htmlFor={`${base}-comment`}>
                    {t('grantPage.comment')}
                  </label>
                  <input
                    id={`${base}-comment`}
                    className="input"
                    value={entry.comment}
                    onChange={(e) => set(wp.id, { comment: e.target.value })}
                  />
                </div>
              </>
            )}
          </fieldset>
        );
      })}
      <button type="submit" className="button button--secondary" disabled={assess.isPending}>
        {t('grantPage.assess')}
      </button>
    </form>
  );
}
