/** One organisation in a line: legal name, PIC, country, type, city, and whether it is validated. */
import type { Catalogue } from '../../engine/call-definition/types.ts';
import type { OrganisationRef } from '../../engine/proposal/document.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function OrganisationSummary({ org, catalogue }: { org: OrganisationRef; catalogue: Catalogue }) {
  const { t, pick } = useI18n();
  const country = catalogue.countries[org.country];
  const type = catalogue.organisationTypes[org.type];
  return (
    <div className="org-summary">
      <strong className="org-summary__name">{org.legalName}</strong>
      <span className="org-summary__meta">
        {t('organisation.picValue', { pic: org.pic ?? t('organisation.noPic') })} ·{' '}
        {country ? pick(country.name) : org.country} · {type ? pick(type) : org.type}
        {org.city && ` · ${org.city}`} ·{' '}
        {org.validation === 'validated' ? t('organisation.validated') : t('organisation.declared')}
      </span>
    </div>
  );
}
