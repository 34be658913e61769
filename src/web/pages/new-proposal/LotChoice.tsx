/** The lots of a call as radio buttons, each with its name and the durations it allows. */
import type { CallDefinition, LotId } from '../../../engine/call-definition/types.ts';
import { euros } from '../../../engine/i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function LotChoice({
  call,
  value,
  onChange,
}: {
  call: CallDefinition;
  value: LotId;
  onChange(lot: LotId): void;
}) {
  const { t, pick, lang } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend>{t('newProposal.lot')}</legend>
      {Object.values(call.lots).map((lot) => (
        <div className="radio" key={lot.id}>
          <input
            type="radio"
            id={`new-lot-${lot.id}`}
            name="lot"
            value={lot.id}
            checked={value === lot.id}
            onChange={() => onChange(lot.id)}
            aria-describedby={`new-lot-${lot.id}-hint`}
          />
          <label htmlFor={`new-lot-${lot.id}`}>{pick(lot.name.value)}</label>
          <div className="field__hint radio__hint" id={`new-lot-${lot.id}-hint`}>
            {Object.entries(lot.maxGrantByDuration.value)
              .map(([months, max]) => t('newProposal.lotCeiling', { months, max: euros(max, lang) }))
              .join(' · ')}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
