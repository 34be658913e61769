/**
 * The public JSON shape of a check (spec/check-format.md), in one language. The CLI, the
 * HTTP API and the web app all show a check through this, so they cannot drift apart. Here the
 * findings' messages are written in the reader's language, from the catalogues (./messages).
 */
import type { Lang, Sourced, Status } from '../call-definition/types.ts';
import type { EligibilityResult, Finding, Outcome, Severity } from './types.ts';

export interface SourceView {
  title: string;
  url?: string;
  section?: string;
  /** How sure the value is: confirmed, secondary or unconfirmed. */
  status: Status;
  /** Where the value is written, e.g. "rules/calls/2025.yaml#lots.lot1.composition.minCountries". */
  definedAt: string;
  note?: string;
  /** Further pages that give the same value. */
  also?: { title: string; url?: string }[];
}

export interface FindingView {
  rule: string;
  severity: Severity;
  message: string;
  /** The message's key in the engine's catalogues, the same in every language. */
  messageKey: string;
  fix?: string;
  fixKey?: string;
  source: SourceView;
  facts: Record<string, unknown>;
  field?: string;
}

export interface CheckView {
  eligible: boolean;
  call: string;
  lot: string;
  findings: FindingView[];
  /** Every rule that ran and what it concluded, including the ones that passed. */
  checks: { rule: string; severity: Severity; outcome: Outcome; summary: string }[];
}

export function sourceView(basis: Sourced<unknown>): SourceView {
  const [first, ...rest] = basis.sources;
  const view: SourceView = {
    title: first?.title ?? '(no source)',
    status: basis.status,
    definedAt: basis.definedAt,
  };
  if (first?.url) view.url = first.url;
  if (first?.section) view.section = first.section;
  if (basis.note) view.note = basis.note;
  if (rest.length > 0) {
    view.also = rest.map((s) => (s.url ? { title: s.title, url: s.url } : { title: s.title }));
  }
  return view;
}

export function findingView(f: Finding, lang: Lang): FindingView {
  const view: FindingView = {
    rule: f.rule,
    severity: f.severity,
    message: f.message[lang],
    messageKey: f.messageKey,
    source: sourceView(f.basis),
    facts: f.facts,
  };
  if (f.fix) view.fix = f.fix[lang];
  if (f.fixKey) view.fixKey = f.fixKey;
  if (f.field) view.field = f.field;
  return view;
}

export function presentCheck(result: EligibilityResult, lang: Lang): CheckView {
  return {
    eligible: result.eligible,
    call: result.call,
    lot: result.lot,
    findings: result.findings.map((f) => findingView(f, lang)),
    checks: result.outcomes.map((o) => ({
      rule: o.rule,
      severity: o.severity,
      outcome: o.outcome,
      summary: o.summary[lang],
    })),
  };
}
