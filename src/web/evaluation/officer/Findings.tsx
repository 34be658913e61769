/** The engine's admissibility and eligibility findings for a submitted version: message, fix, source. */
import type { Finding } from '../../../engine/eligibility/types.ts';
import { FindingCard, findingKey } from '../../components/FindingCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function Findings({ findings }: { findings: Finding[] }) {
  const { t } = useI18n();
  if (findings.length === 0) return <p className="muted">{t('screening.noFindings')}</p>;
  return (
    <ul className="finding-list">
      {findings.map((f) => (
        <FindingCard key={findingKey(f)} finding={f} />
      ))}
    </ul>
  );
}
