/**
 * The requested grant against its two limits: the lot's ceiling for the chosen duration, and
 * the funding rate applied to the estimated costs. Bars for the eye, the same in words for all.
 */
import './budget.css';
import { euros, integer, percentOf } from '../../../engine/i18n/format.ts';
import type { GeneralSection } from '../../../engine/proposal/sections.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { grantFigures } from '../model/budget-figures.ts';
import { fieldId } from '../model/field-target.ts';
import { Bar } from './Bar.tsx';

export function GrantBars() {
  const { t, lang } = useI18n();
  const editor = useEditorContext();
  const general = editor.data<GeneralSection>('general');
  const matrix = editor.review?.budget ?? editor.view.review.budget;
  const figures = grantFigures(
    editor.call,
    general.lot,
    general.durationMonths,
    matrix.total.total,
    general.requestedGrant,
  );
  const readOnly = !editor.canEdit('general');
  const setGrant = (requestedGrant: number) =>
    editor.edit<GeneralSection>('general', (g) => ({ ...g, requestedGrant }));
  const rate = integer(figures.fundingRatePercent, lang);

  return (
    <section className="subpanel grant" aria-labelledby="grant-h">
      <h3 id="grant-h">{t('grant.title')}</h3>
      <dl className="figures">
        <dt>{t('grant.estimatedCosts')}</dt>
        <dd>{euros(figures.estimatedCosts, lang)}</dd>
        <dt>{t('grant.ceiling', { months: general.durationMonths })}</dt>
        <dd>{figures.ceiling === undefined ? t('grant.noCeiling') : euros(figures.ceiling, lang)}</dd>
        <dt>{t('grant.byRate', { rate })}</dt>
        <dd>{euros(figures.maxByFundingRate, lang)}</dd>
      </dl>
      <div className="grant__input">
        <NumberInput
          id={fieldId('general.requestedGrant')}
          label={t('grant.requested')}
          kind="euros"
          max={100_000_000}
          value={general.requestedGrant}
          readOnly={readOnly}
          onChange={setGrant}
        />
        {!readOnly && figures.maxGrant > 0 && figures.maxGrant !== general.requestedGrant && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setGrant(figures.maxGrant)}
          >
            {t('grant.useMax', { amount: euros(figures.maxGrant, lang) })}
          </button>
        )}
      </div>
      <Bar
        value={figures.requestedGrant}
        limit={figures.ceiling}
        label={t('grant.barCeiling', { months: general.durationMonths })}
        words={
          figures.ceiling === undefined
            ? t('grant.noCeiling')
            : t('grant.ofLimit', {
                value: euros(figures.requestedGrant, lang),
                limit: euros(figures.ceiling, lang),
                percent: percentOf(figures.requestedGrant, figures.ceiling, lang),
              })
        }
        over={figures.ceiling !== undefined && figures.requestedGrant > figures.ceiling}
        overWords={t('grant.over', { amount: euros(figures.requestedGrant - (figures.ceiling ?? 0), lang) })}
      />
      <Bar
        value={figures.requestedGrant}
        limit={figures.maxByFundingRate}
        label={t('grant.barRate', { rate })}
        words={t('grant.ofLimit', {
          value: euros(figures.requestedGrant, lang),
          limit: euros(figures.maxByFundingRate, lang),
          percent: percentOf(figures.requestedGrant, figures.maxByFundingRate, lang),
        })}
        over={figures.requestedGrant > figures.maxByFundingRate}
        overWords={t('grant.over', {
          amount: euros(figures.requestedGrant - figures.maxByFundingRate, lang),
        })}
      />
    </section>
  );
}
