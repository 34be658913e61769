/** The cost categories of the EU lump-sum budget table, as the budget page shows them. */
import type { CategoryAmounts } from '../../../engine/budget/lump-sum.ts';
import type { MessageKey } from '../../i18n/en.ts';

export type InputRow =
  | 'personMonths'
  | 'monthlyRate'
  | 'subcontracting'
  | 'travel'
  | 'equipment'
  | 'otherGoods';

export type BudgetRow =
  | { kind: 'input'; row: InputRow; label: MessageKey }
  | { kind: 'computed'; amount: keyof CategoryAmounts; label: MessageKey; strong?: boolean };

export const BUDGET_ROWS: BudgetRow[] = [
  { kind: 'input', row: 'personMonths', label: 'budget.personMonths' },
  { kind: 'input', row: 'monthlyRate', label: 'budget.monthlyRate' },
  { kind: 'computed', amount: 'personnel', label: 'budget.personnel' },
  { kind: 'input', row: 'subcontracting', label: 'budget.subcontracting' },
  { kind: 'input', row: 'travel', label: 'budget.travel' },
  { kind: 'input', row: 'equipment', label: 'budget.equipment' },
  { kind: 'input', row: 'otherGoods', label: 'budget.otherGoods' },
  { kind: 'computed', amount: 'direct', label: 'budget.direct' },
  { kind: 'computed', amount: 'indirect', label: 'budget.indirect' },
  { kind: 'computed', amount: 'total', label: 'budget.total', strong: true },
];
