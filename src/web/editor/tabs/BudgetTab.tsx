/**
 * The lump-sum budget: each beneficiary's estimated costs per work package and cost category,
 * indirect costs at the call's flat rate, live totals, and the requested grant set against the
 * lot's ceiling and the funding rate.
 */

import { integer } from '../../../engine/i18n/format.ts';
import { budgetHolders } from '../../../engine/proposal/document.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BeneficiaryBudget } from '../budget/BeneficiaryBudget.tsx';
import { BudgetTotals } from '../budget/BudgetTotals.tsx';
import { GrantBars } from '../budget/GrantBars.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { TabHeading } from './TabHeading.tsx';

export function BudgetTab() {
  const { t, lang } = useI18n();
  const editor = useEditorContext();
  const holders = budgetHolders(editor.document);
  const own = editor.view.membership?.participantId;
  // A partner's own budget first: it is the one they came to edit.
  const ordered = [...holders.filter((p) => p.id === own), ...holders.filter((p) => p.id !== own)];
  return (
    <section aria-labelledby="budget-h">
      <TabHeading id="budget-h" title={t('tab.budget')}>
        {t('budget.intro', { rate: integer(editor.call.budget.indirectCostRatePercent.value, lang) })}
      </TabHeading>
      <GrantBars />
      <BudgetTotals />
      {editor.document.workPlan.workPackages.length === 0 ? (
        <p className="notice notice--info">{t('budget.noWorkPackages')}</p>
      ) : (
        ordered.map((p) => <BeneficiaryBudget key={p.id} participant={p} />)
      )}
    </section>
  );
}
