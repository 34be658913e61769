/**
 * One beneficiary's lines: cost categories as rows, work packages as columns, as in the EU
 * workbook. Every input is named by its beneficiary, row and column for screen readers.
 */

import './budget.css';
import { type BudgetLine, emptyLine } from '../../../engine/budget/lump-sum.ts';
import { euros } from '../../../engine/i18n/format.ts';
import type { DocumentParticipant } from '../../../engine/proposal/document.ts';
import type { BudgetSection } from '../../../engine/proposal/sections.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { formatNumber } from '../model/numbers.ts';
import { BUDGET_ROWS, type InputRow } from './categories.ts';

function readRow(line: BudgetLine, row: InputRow): number {
  if (row === 'personMonths') return line.personnel.personMonths;
  if (row === 'monthlyRate') return line.personnel.monthlyRate;
  return line[row];
}

function writeRow(line: BudgetLine, row: InputRow, value: number): BudgetLine {
  if (row === 'personMonths') return { ...line, personnel: { ...line.personnel, personMonths: value } };
  if (row === 'monthlyRate') return { ...line, personnel: { ...line.personnel, monthlyRate: value } };
  return { ...line, [row]: value };
}

export function BeneficiaryBudget({ participant }: { participant: DocumentParticipant }) {
  const { t, lang } = useI18n();
  const editor = useEditorContext();
  const key = `budget:${participant.id}`;
  const section = editor.data<BudgetSection>(key);
  const readOnly = !editor.canEdit(key);
  const wps = [...editor.document.workPlan.workPackages].sort((a, b) => a.number - b.number);
  const matrix = editor.review?.budget;
  const cells = matrix?.cells[participant.id];
  const totals = matrix?.byBeneficiary[participant.id];
  const base = fieldId(key);
  const headingId = `${base}-h`;

  const set = (wpId: string, row: InputRow, value: number) =>
    editor.edit<BudgetSection>(key, (b) => ({
      lines: { ...b.lines, [wpId]: writeRow(b.lines[wpId] ?? emptyLine(), row, value) },
    }));

  return (
    // Not a <section>: the table's scroll region below is the landmark, named by the same heading.
    <div className="beneficiary-budget" id={base} tabIndex={-1}>
      <h3 id={headingId}>{participant.organisation.legalName}</h3>
      {readOnly && <p className="muted small">{t('budget.readOnly')}</p>}
      <ScrollRegion labelledBy={headingId}>
        <table className="table budget-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('budget.category')}</span>
              </th>
              {wps.map((wp) => (
                <th scope="col" key={wp.id} id={`${base}-${wp.id}`} title={wp.title}>
                  WP{wp.number}
                </th>
              ))}
              <th scope="col">{t('budget.total')}</th>
            </tr>
          </thead>
          <tbody>
            {BUDGET_ROWS.map((row) => {
              const rowId = `${base}-${row.kind === 'input' ? row.row : row.amount}`;
              return (
                <tr key={rowId} className={row.kind === 'computed' ? 'row--computed' : undefined}>
                  <th scope="row" id={rowId}>
                    {row.kind === 'computed' && row.amount === 'indirect'
                      ? t(row.label, { rate: editor.call.budget.indirectCostRatePercent.value })
                      : t(row.label)}
                  </th>
                  {wps.map((wp) => {
                    const line = section.lines[wp.id] ?? emptyLine();
                    if (row.kind === 'input') {
                      const value = readRow(line, row.row);
                      const kind = row.row === 'personMonths' ? 'decimal' : 'euros';
                      return (
                        <td key={wp.id}>
                          {readOnly ? (
                            formatNumber(value, kind, lang)
                          ) : (
                            <NumberInput
                              id={fieldId(`${key}.lines.${wp.id}.${row.row}`)}
                              kind={kind}
                              max={kind === 'decimal' ? 1000 : 100_000_000}
                              labelledBy={`${headingId} ${rowId} ${base}-${wp.id}`}
                              value={value}
                              onChange={(v) => set(wp.id, row.row, v)}
                            />
                          )}
                        </td>
                      );
                    }
                    const amount = cells?.[wp.id]?.[row.amount] ?? 0;
                    return (
                      <td key={wp.id} className="num">
                        {row.strong ? <strong>{euros(amount, lang)}</strong> : euros(amount, lang)}
                      </td>
                    );
                  })}
                  <td className="num">
                    {row.kind === 'computed'
                      ? euros(totals?.[row.amount] ?? 0, lang)
                      : row.row === 'personMonths'
                        ? formatNumber(
                            wps.reduce(
                              (sum, wp) => sum + (section.lines[wp.id]?.personnel.personMonths ?? 0),
                              0,
                            ),
                            'decimal',
                            lang,
                          )
                        : row.row === 'monthlyRate'
                          ? ''
                          : euros(
                              wps.reduce(
                                (sum, wp) => sum + readRow(section.lines[wp.id] ?? emptyLine(), row.row),
                                0,
                              ),
                              lang,
                            )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
