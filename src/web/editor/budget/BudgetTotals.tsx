/** Live totals per work package and per beneficiary, as the EU workbook's macros would compute them. */

import { euros } from '../../../engine/i18n/format.ts';
import { budgetHolders } from '../../../engine/proposal/document.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';

export function BudgetTotals() {
  const { t, lang } = useI18n();
  const editor = useEditorContext();
  const matrix = editor.review?.budget ?? editor.view.review.budget;
  const wps = [...editor.document.workPlan.workPackages].sort((a, b) => a.number - b.number);
  const holders = budgetHolders(editor.document);
  return (
    <div className="grid-2 budget-totals">
      <ScrollRegion labelledBy="totals-wp">
        <table className="table">
          <caption id="totals-wp">{t('budget.byWorkPackage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.workPackage')}</th>
              <th scope="col">{t('budget.direct')}</th>
              <th scope="col">{t('budget.total')}</th>
            </tr>
          </thead>
          <tbody>
            {wps.map((wp) => (
              <tr key={wp.id}>
                <th scope="row">
                  WP{wp.number} {wp.title}
                </th>
                <td className="num">{euros(matrix.byWorkPackage[wp.id]?.direct ?? 0, lang)}</td>
                <td className="num">{euros(matrix.byWorkPackage[wp.id]?.total ?? 0, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('budget.allWorkPackages')}</th>
              <td className="num">{euros(matrix.total.direct, lang)}</td>
              <td className="num" data-testid="budget-total">
                <strong>{euros(matrix.total.total, lang)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <ScrollRegion labelledBy="totals-ben">
        <table className="table">
          <caption id="totals-ben">{t('budget.byBeneficiary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.beneficiary')}</th>
              <th scope="col">{t('budget.total')}</th>
            </tr>
          </thead>
          <tbody>
            {holders.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.organisation.legalName}</th>
                <td className="num">{euros(matrix.byBeneficiary[p.id]?.total ?? 0, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
