/** The consensus's progress and the chair's flags, with the names the flags speak of (experts, criteria). */

import type { ConsensusView, OpenFlag } from '../../../contracts/evaluation-expert.ts';
import type { ChairFlag, Statement } from '../../../engine/evaluation/types.ts';
import { ApiError } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const FLAG_LABEL: Record<ChairFlag['id'], MessageKey> = {
  spread: 'consensus.flag.spread',
  'near-threshold': 'consensus.flag.near-threshold',
  'comment-contradicts-score': 'consensus.flag.comment-contradicts-score',
};

/** In a hash-routed app a #id link would change the route: move the focus instead. */
export function focusTarget(id: string) {
  return (event: React.MouseEvent) => {
    event.preventDefault();
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
}

export function useNames(view: ConsensusView) {
  const { pick } = useI18n();
  const expertName = (expertId: string | undefined) =>
    view.evaluations.find((e) => e.expertId === expertId)?.expertName ?? expertId ?? '';
  const statements = new Map<string, Statement>(
    (view.draft?.criteria ?? []).flatMap((c) => c.statements.map((s) => [s.ref, s] as const)),
  );
  const criterionName = (id: string) => {
    const c = view.criteria.find((x) => x.id === id);
    return c ? pick(c.name) : id;
  };
  /** The engine's words, with the expert's name where it says their id. */
  const flagText = (flag: ChairFlag) => {
    const text = pick(flag.message);
    return flag.expertId ? text.split(flag.expertId).join(expertName(flag.expertId)) : text;
  };
  return { expertName, statements, criterionName, flagText };
}

export function Progress({ view }: { view: ConsensusView }) {
  const { t } = useI18n();
  const all = view.submitted >= view.expected;
  return (
    <p className={`notice ${all ? 'notice--success' : 'notice--warning'}`}>
      {t('consensus.submitted', { submitted: view.submitted, expected: view.expected })}
      {!all && ` ${t('consensus.waiting')}`}
    </p>
  );
}

export function FlagList({ view }: { view: ConsensusView }) {
  const { t } = useI18n();
  const { flagText, criterionName } = useNames(view);
  return (
    <section aria-labelledby="flags-h" className="panel flags">
      <h3 id="flags-h">{t('consensus.flagsTitle', { n: view.flags.length })}</h3>
      <p>{t('consensus.flagsIntro')}</p>
      {view.flags.length === 0 ? (
        <p className="muted">{t('consensus.noFlags')}</p>
      ) : (
        <ul className="flag-list">
          {view.flags.map((f, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: flags have no id of their own; their order is the engine's.
              key={`${f.id}|${f.criterion}|${f.evaluationId ?? ''}|${i}`}
              className={`flag flag--${f.id}`}
              data-flag={`${f.id}:${f.criterion}`}
            >
              <span className="badge flag__kind">{t(FLAG_LABEL[f.id])}</span>{' '}
              <span className="flag__criterion">
                {f.criterion === 'overall' ? t('consensus.overall') : criterionName(f.criterion)}
              </span>
              <p className="flag__message">{flagText(f)}</p>
              {f.resolution ? (
                <p className="small flag__resolution" data-resolved="true">
                  <span className="badge badge--submitted">{t('consensus.flagResolved')}</span>{' '}
                  {t('consensus.flagResolvedBy', { name: f.resolution.byName })} <q>{f.resolution.reason}</q>
                </p>
              ) : (
                <p className="small muted flag__resolution">{t('consensus.flagOpen')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The open flags of a refused agreement, or undefined when the error is something else. */
export function openFlagsOf(error: unknown): OpenFlag[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const open = error.body.openFlags;
  return Array.isArray(open) ? (open as OpenFlag[]) : undefined;
}

/** Why the consensus was not agreed: each open flag by its kind, its criterion and its expert. */
export function OpenFlagsRefusal({ flags }: { flags: OpenFlag[] }) {
  const { t, tn, pick } = useI18n();
  return (
    <div className="notice notice--error" role="alert" data-open-flags={flags.length}>
      <p className="notice__title">{tn('consensus.flagsOpenTitle', flags.length)}</p>
      <ul className="open-flags">
        {flags.map((f) => (
          <li key={f.key} data-flag={`${f.id}:${f.criterion}`}>
            {t(FLAG_LABEL[f.id])}: {f.criterionName ? pick(f.criterionName) : t('consensus.overall')}
            {f.expertName && ` (${f.expertName})`}
          </li>
        ))}
      </ul>
      <p>{t('consensus.flagsOpenHelp')}</p>
    </div>
  );
}
