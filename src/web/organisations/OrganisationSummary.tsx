/**
 * One organisation in a line: legal name, PIC, country, type, city, and whether it is validated;
 * below it, a registry restriction if the agency set one (agency staff may set or clear it there).
 */
import './organisations.css';
import type { Catalogue } from '../../engine/call-definition/types.ts';
import type { OrganisationRef } from '../../engine/proposal/document.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { OrganisationRestriction, RestrictionNotice } from './OrganisationRestriction.tsx';

export function OrganisationSummary({
  org,
  catalogue,
  manage = false,
}: {
  org: OrganisationRef;
  catalogue: Catalogue;
  /** Offer agency staff the restriction control here (not inside a form or a list of choices). */
  manage?: boolean;
}) {
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
      {manage ? (
        <OrganisationRestriction organisationId={org.id} pic={org.pic} restriction={org.restriction} />
      ) : (
        org.restriction && <RestrictionNotice restriction={org.restriction} />
      )}
    </div>
  );
}
