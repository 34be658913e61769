/** The people-facing text of a check: a verdict line, then each finding with its fix and source. */
import type { Lang, LotId, RuleBook } from '../../engine/call-definition/types.ts';
import type { CheckView } from '../../engine/eligibility/present.ts';
import { LABELS, STATUS_WORDS } from './labels.ts';

export function checkAsText(view: CheckView, book: RuleBook, lang: Lang): string {
  const l = LABELS[lang];
  const lotName = book.calls[view.call]?.lots[view.lot as LotId]?.name.value[lang];
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.length - errors;
  const passed = view.checks.filter((c) => c.outcome === 'pass').length;
  const lines = [
    `${view.eligible ? l.eligible : l.notEligible}: ${l.call(view.call)}, ${view.lot.replace('lot', 'Lot ')}${lotName ? ` (${lotName})` : ''}.`,
    `${l.errors(errors)}, ${l.warnings(warnings)}; ${l.rulesChecked(view.checks.length, passed)}.`,
  ];
  for (const f of view.findings) {
    lines.push(
      '',
      `${f.severity === 'error' ? 'x' : '!'} ${f.severity === 'error' ? l.error : l.warning}: ${f.rule}`,
    );
    lines.push(`  ${f.message}`);
    if (f.fix) lines.push(`  ${l.fix}: ${f.fix}`);
    if (f.field) lines.push(`  ${l.field}: ${f.field}`);
    const where = [f.source.section, f.source.url].filter(Boolean).join(', ');
    lines.push(
      `  ${l.source}: ${f.source.title}${where ? ` (${where})` : ''} [${STATUS_WORDS[lang][f.source.status]}]`,
    );
    lines.push(`  ${l.definedAt}: ${f.source.definedAt}`);
  }
  return `${lines.join('\n')}\n`;
}
