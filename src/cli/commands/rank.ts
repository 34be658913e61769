/**
 * `alliances rank FILE [--format json|text] [--lang en|da]`: spec/rank-format.md.
 * JSON for programs; for people, per lot a table in rank order, the envelope line, then the
 * proposals below a threshold with the reasons.
 */
import type { Lang, RuleBook } from '../../engine/call-definition/types.ts';
import { describeProblem } from '../../engine/eligibility/proposal-input.ts';
import { euros } from '../../engine/i18n/format.ts';
import { lotLabel, points } from '../../engine/ranking/messages/index.ts';
import { type LotView, presentRanking, type RankView } from '../../engine/ranking/present.ts';
import { rankFromInput } from '../../engine/ranking/rank.ts';
import { type CommandResult, json, ok, readJsonInput, unusable } from '../io.ts';
import { parseOptions } from '../options.ts';
import { STATUS_WORDS } from '../text/labels.ts';

const WORDS = {
  en: {
    title: (call: string) => `Ranking and selection: ${call} call`,
    columns: ['Rank', 'Proposal', 'Total', 'Decision', 'Requested grant', 'Cumulative'],
    decisions: { selected: 'selected', reserve: 'reserve', 'below-threshold': 'below threshold' },
    rule: { 'walk-down': 'walk down the ranking', 'one-per-ecosystem': 'one proposal per ecosystem' },
    selection: 'Selection',
    envelope: (envelope: string, committed: string, remaining: string) =>
      `Envelope ${envelope}: ${committed} committed, ${remaining} remaining`,
    cutOff: (total: string) => `cut-off total ${total}`,
    noneSelected: 'no proposal selected',
    reserve: 'Reserve list, in order:',
    below: 'Below threshold (not ranked):',
    noneRanked: '(no proposal passes the thresholds)',
    source: 'Source',
  },
  da: {
    title: (call: string) => `Rangordning og udvælgelse: ${call}-indkaldelsen`,
    columns: ['Nr.', 'Ansøgning', 'Samlet', 'Afgørelse', 'Ansøgt tilskud', 'Akkumuleret'],
    decisions: { selected: 'udvalgt', reserve: 'reserve', 'below-threshold': 'under tærsklen' },
    rule: { 'walk-down': 'ned gennem rangordningen', 'one-per-ecosystem': 'én ansøgning pr. økosystem' },
    selection: 'Udvælgelse',
    envelope: (envelope: string, committed: string, remaining: string) =>
      `Ramme ${envelope}: ${committed} disponeret, ${remaining} tilbage`,
    cutOff: (total: string) => `laveste udvalgte samlede score ${total}`,
    noneSelected: 'ingen ansøgning udvalgt',
    reserve: 'Reserveliste, i rækkefølge:',
    below: 'Under tærsklen (ikke rangeret):',
    noneRanked: '(ingen ansøgning opfylder tærsklerne)',
    source: 'Kilde',
  },
} as const;

/** Columns padded to their widest cell; numbers and money aligned right. */
function table(rows: string[][], rightAligned: readonly boolean[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

function lotAsText(view: RankView, lotId: string, lot: LotView, lang: Lang): string[] {
  const w = WORDS[lang];
  const rule = w.rule[lot.selectionRule as keyof typeof w.rule] ?? lot.selectionRule;
  const lines = [
    `${lotLabel(lotId)} (${lot.name})`,
    `${w.selection}: ${rule}. ${w.source}: ${lot.source.title} [${STATUS_WORDS[lang][lot.source.status]}]`,
    '',
  ];
  const ranked = view.proposals.filter((p) => p.lot === lotId && p.rank !== null);
  if (ranked.length === 0) lines.push(w.noneRanked);
  else {
    const rows = ranked.map((p) => [
      String(p.rank),
      p.id,
      points(p.total, lang),
      w.decisions[p.decision],
      euros(p.requestedGrant, lang),
      p.cumulative === null ? '-' : euros(p.cumulative, lang),
    ]);
    lines.push(...table([[...w.columns], ...rows], [true, false, true, false, true, true]));
  }
  const money = (n: number) => euros(n, lang);
  const cutOff = lot.cutOff === null ? w.noneSelected : w.cutOff(points(lot.cutOff, lang));
  lines.push(
    '',
    `${w.envelope(money(lot.envelope), money(lot.committed), money(lot.remaining))}; ${cutOff}.`,
  );
  const reserve = ranked.filter((p) => p.decision === 'reserve');
  if (reserve.length > 0) {
    lines.push('', w.reserve);
    // The reasons come as: the overall threshold, one per criterion, then the selection's.
    const thresholdReasons = 1 + Object.keys(view.thresholds.criteria).length;
    for (const p of reserve)
      lines.push(`  ${p.rank}. ${p.id}: ${p.reasons.slice(thresholdReasons).join('; ')}`);
  }
  const below = view.proposals.filter((p) => p.lot === lotId && p.rank === null);
  if (below.length > 0) {
    lines.push('', w.below);
    for (const p of below) {
      lines.push(`  ${p.id} (${points(p.total, lang)}/${points(view.maximumTotal, lang)})`);
      for (const reason of p.reasons) lines.push(`    - ${reason}`);
    }
  }
  return lines;
}

export function rankingAsText(view: RankView, lang: Lang): string {
  const lines: string[] = [WORDS[lang].title(view.call)];
  for (const [lotId, lot] of Object.entries(view.lots)) lines.push('', ...lotAsText(view, lotId, lot, lang));
  return `${lines.join('\n')}\n`;
}

export function runRank(args: string[], book: RuleBook, stdin: () => string): CommandResult {
  const parsed = parseOptions(args);
  if (!parsed.ok) return parsed.result;
  const { format, lang, positionals } = parsed.options;
  if (positionals.length > 1)
    return unusable(`expected one FILE; got ${positionals.length}: ${positionals.join(' ')}`);
  const input = readJsonInput(positionals[0], stdin);
  if (!input.ok) return input.result;
  const ranked = rankFromInput(book, input.value);
  if (!ranked.ok) return unusable(...ranked.problems.map(describeProblem));
  const view = presentRanking(ranked.ranking, lang);
  return ok(format === 'json' ? json(view) : rankingAsText(view, lang));
}
