/**
 * `alliances calls [YEAR] [--unconfirmed] [--format json|text] [--lang en|da]`: the call years
 * and their key parameters; with YEAR every value of that call with its source; with
 * --unconfirmed only the values no page has confirmed yet (what an officer should verify).
 */

import type {
  CallDefinition,
  Lang,
  LotDefinition,
  RuleBook,
  Sourced,
} from '../../engine/call-definition/types.ts';
import { sourcedValues, valuePath } from '../../engine/call-definition/values.ts';
import { callDeadline } from '../../engine/deadline/deadline.ts';
import { euros } from '../../engine/i18n/format.ts';
import { type CommandResult, json, ok, unusable } from '../io.ts';
import { parseOptions } from '../options.ts';
import { STATUS_WORDS } from '../text/labels.ts';

function lotSummary(lot: LotDefinition, lang: Lang) {
  const c = lot.composition;
  return {
    id: lot.id,
    name: lot.name.value[lang],
    topic: lot.topic.value,
    durationsMonths: lot.durationsMonths.value,
    maxGrantByDuration: lot.maxGrantByDuration.value,
    composition: {
      minCountries: c.minCountries.value,
      minApplicants: c.minApplicants.value,
      minLabourMarketActors: c.minLabourMarketActors.value,
      minEducationProviders: c.minEducationProviders.value,
      heiRequired: c.heiRequired.value,
      vetRequired: c.vetRequired.value,
    },
    ecosystemRequired: lot.ecosystemRequired.value,
    envelope: lot.envelope?.value ?? null,
    selection: lot.selection.value.rule,
  };
}

export function callSummary(def: CallDefinition, lang: Lang) {
  const deadline = callDeadline(def);
  return {
    year: def.year,
    identifier: def.call.identifier.value,
    opens: def.call.opens?.value ?? null,
    deadline: { local: deadline.local, utc: deadline.utc, timeZone: deadline.timeZone },
    budget: def.call.budget?.value ?? null,
    fundingRatePercent: def.budget.fundingRatePercent.value,
    lots: Object.values(def.lots).map((lot) => lotSummary(lot, lang)),
    file: def.file,
  };
}

function valueView(v: Sourced<unknown>) {
  return {
    path: valuePath(v),
    definedAt: v.definedAt,
    value: v.value,
    status: v.status,
    sources: v.sources.map((s) => ({ title: s.title, url: s.url ?? null })),
    note: v.note ?? null,
  };
}

function summaryText(def: CallDefinition, lang: Lang): string {
  const s = callSummary(def, lang);
  const lines = [
    `${s.year}  ${s.identifier}  deadline ${s.deadline.local} (${s.deadline.utc})${s.budget ? `  budget ${euros(s.budget, lang)}` : ''}`,
  ];
  for (const lot of s.lots) {
    const c = lot.composition;
    const grants = Object.entries(lot.maxGrantByDuration)
      .map(([m, g]) => `${euros(g, lang)} for ${m} months`)
      .join(', ');
    const need = [
      `${c.minCountries} countries`,
      `${c.minApplicants} applicants`,
      `${c.minLabourMarketActors} labour-market actors`,
      `${c.minEducationProviders} education providers`,
      ...(c.heiRequired ? ['an HEI'] : []),
      ...(c.vetRequired ? ['a VET provider'] : []),
    ].join(', ');
    lines.push(`  ${lot.id}  ${lot.name} (${lot.topic})`);
    lines.push(`        ${lot.durationsMonths.join(' or ')} months; at most ${grants}`);
    lines.push(`        at least ${need}${lot.ecosystemRequired ? '; one industrial ecosystem' : ''}`);
    if (lot.envelope) lines.push(`        envelope ${euros(lot.envelope, lang)}`);
  }
  return lines.join('\n');
}

function valuesText(values: Sourced<unknown>[], lang: Lang): string {
  return values
    .map((v) => {
      const sources = v.sources.map((s) => `${s.title}${s.url ? ` <${s.url}>` : ''}`).join('; ');
      return [
        `${v.definedAt}  [${STATUS_WORDS[lang][v.status]}]`,
        `  value: ${JSON.stringify(v.value)}`,
        `  source: ${sources}`,
        ...(v.note ? [`  note: ${v.note}`] : []),
      ].join('\n');
    })
    .join('\n');
}

export function runCalls(args: string[], book: RuleBook): CommandResult {
  const parsed = parseOptions(args, { unconfirmed: { type: 'boolean' } });
  if (!parsed.ok) return parsed.result;
  const { format, lang, positionals, flags } = parsed.options;
  const years = Object.keys(book.calls).sort();
  if (positionals.length > 1) return unusable(`expected at most one YEAR; got ${positionals.join(' ')}`);
  const year = positionals[0];
  if (year !== undefined && !book.calls[year]) {
    return unusable(`YEAR: expected one of the known call years ${years.join(', ')}; got "${year}"`);
  }
  const selected = (year ? [year] : years).map((y) => book.calls[y]!);

  if (flags.unconfirmed || year) {
    const values = selected.flatMap((def) =>
      sourcedValues(def).filter((v) => !flags.unconfirmed || v.status === 'unconfirmed'),
    );
    if (format === 'json') return ok(json(values.map(valueView)));
    const header = flags.unconfirmed
      ? `${values.length} unconfirmed values${year ? ` in the ${year} call` : ''}: verify each against the call document.\n\n`
      : '';
    return ok(`${header}${valuesText(values, lang)}\n`);
  }
  if (format === 'json') return ok(json(selected.map((def) => callSummary(def, lang))));
  return ok(`${selected.map((def) => summaryText(def, lang)).join('\n\n')}\n`);
}
