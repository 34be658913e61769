/**
 * The consortium as it stands: each participant by name with its country, role and lump-sum
 * share (the total row adds up to the grant), a restricted entity marked, the eligibility check's
 * findings (those blocking signature said so), the work packages with their shares, and the split
 * per beneficiary and work package.
 */
import type { GrantView } from '../../contracts/grants.ts';
import type { Role } from '../../engine/call-definition/types.ts';
import { countryNames, useCatalogue } from '../api/catalogue.ts';
import { FindingCard } from '../components/FindingCard.tsx';
import { ROLE_LABEL } from '../components/labels.ts';
import { ScrollRegion } from '../components/ScrollRegion.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { money } from './model.ts';

export function ConsortiumSection({ grant: g }: { grant: GrantView }) {
  const { t, lang } = useI18n();
  const catalogue = useCatalogue();
  const names = catalogue.data ? countryNames(catalogue.data) : {};
  const country = (code: string) => names[code]?.[lang] ?? code;
  const funded = g.participants.filter((p) => p.share > 0);
  const cell = (participantId: string, wpId: string) =>
    g.split.find((c) => c.participantId === participantId && c.workPackageId === wpId)?.amount ?? 0;
  return (
    <section className="grant-section" aria-labelledby="grant-consortium-h">
      <h2 id="grant-consortium-h">{t('grantPage.consortium')}</h2>
      <ScrollRegion labelledBy="grant-consortium-caption">
        <table className="table">
          <caption id="grant-consortium-caption">{t('grantPage.consortiumCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grantPage.participant')}</th>
              <th scope="col">{t('grantPage.country')}</th>
              <th scope="col">{t('grantPage.role')}</th>
              <th scope="col" className="num">
                {t('grantPage.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {g.participants.map((p) => (
              <tr key={p.id} data-participant={p.name}>
                <th scope="row">
                  {p.name}
                  {p.restriction && <span className="grant-restricted">{t('grantPage.restricted')}</span>}
                </th>
                <td>{country(p.country)}</td>
                <td>{ROLE_LABEL[p.role as Role] ? t(ROLE_LABEL[p.role as Role]) : p.role}</td>
                <td className="num">{money(p.share, lang)}</td>
              </tr>
            ))}
            <tr className="grant-total">
              <th scope="row" colSpan={3}>
                {t('grantPage.total')}
              </th>
              <td className="num">
                {money(
                  g.participants.reduce((s, p) => s + p.share, 0),
                  lang,
                )}
              </td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>

      <h3>{t('grantPage.findings')}</h3>
      {g.findings.length === 0 ? (
        <p className="notice notice--success">{t('grantPage.findingsNone')}</p>
      ) : (
        <ul className="findings">
          {g.findings.map(({ finding, blocking }) => (
            <li
              key={`${finding.rule}|${finding.message.en}`}
              className="grant-finding"
              data-blocking={blocking}
            >
              {blocking && <strong className="grant-restricted">{t('grantPage.blocking')}</strong>}
              <ul className="findings">
                <FindingCard finding={finding} />
              </ul>
            </li>
          ))}
        </ul>
      )}

      <h3 id="grant-wp-h">{t('grantPage.workPackages')}</h3>
      <ScrollRegion labelledBy="grant-wp-caption">
        <table className="table">
          <caption id="grant-wp-caption">{t('grantPage.workPackagesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grantPage.wp')}</th>
              <th scope="col" className="num">
                {t('grantPage.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {g.workPackages.map((wp) => (
              <tr key={wp.id}>
                <th scope="row">
                  WP{wp.number} {wp.title}
                </th>
                <td className="num">{money(wp.share, lang)}</td>
              </tr>
            ))}
            <tr className="grant-total">
              <th scope="row">{t('grantPage.total')}</th>
              <td className="num">
                {money(
                  g.workPackages.reduce((s, w) => s + w.share, 0),
                  lang,
                )}
              </td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>

      <h3>{t('grantPage.split')}</h3>
      <ScrollRegion labelledBy="grant-split-caption">
        <table className="table">
          <caption id="grant-split-caption" className="visually-hidden">
            {t('grantPage.splitCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('grantPage.participant')}</th>
              {g.workPackages.map((wp) => (
                <th key={wp.id} scope="col" className="num">
                  WP{wp.number}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {funded.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                {g.workPackages.map((wp) => (
                  <td key={wp.id} className="num">
                    {money(cell(p.id, wp.id), lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
