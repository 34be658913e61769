/**
 * Conflicts of interest, found from registry data before anyone is invited: the expert's
 * employer takes part in the proposal (in any role), the expert declared one, or (when the call
 * says so) the coordinator is from the expert's country. Officers pin a conflict or lift a
 * registry-derived one, always with a reason; an expert's own declaration cannot be lifted.
 * Pure: the same function answers "who may review what" for the screen and the assignment.
 */
import type { ExpertView } from './experts.ts';
import { picsOf, type SubmittedProposal } from './submitted.ts';

export type ConflictKind = 'employer-takes-part' | 'declared' | 'coordinator-country' | 'pinned';

export interface ConflictReason {
  kind: ConflictKind;
  /** What was seen: the PIC, the declared reason, the country, the officer's reason. */
  detail: string;
}

export interface Override {
  expertId: string;
  proposalId: string;
  action: 'pin' | 'lift';
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export interface Declaration {
  expertId: string;
  proposalId: string;
  noConflict: boolean;
  conflictReason: string | null;
}

export interface PairConflict {
  expertId: string;
  proposalId: string;
  reasons: ConflictReason[];
  /** Present when an officer lifted the registry-derived reasons. */
  lifted?: Override;
  /** The pair may not be assigned. */
  active: boolean;
}

export function conflictsOf(
  experts: readonly ExpertView[],
  proposals: readonly SubmittedProposal[],
  options: { countryConflict: boolean },
  overrides: readonly Override[],
  declarations: readonly Declaration[],
): PairConflict[] {
  const overrideOf = new Map(overrides.map((o) => [`${o.expertId}/${o.proposalId}`, o]));
  const declarationOf = new Map(declarations.map((d) => [`${d.expertId}/${d.proposalId}`, d]));
  const out: PairConflict[] = [];
  for (const p of proposals) {
    const pics = new Set(picsOf(p));
    const coordinatorCountry = p.content.participants.find((q) => q.role === 'coordinator')?.organisation
      .country;
    for (const e of experts) {
      const key = `${e.id}/${p.proposalId}`;
      const derived: ConflictReason[] = [];
      if (e.employerPic && pics.has(e.employerPic))
        derived.push({ kind: 'employer-takes-part', detail: e.employerPic });
      if (options.countryConflict && coordinatorCountry === e.country) {
        derived.push({ kind: 'coordinator-country', detail: e.country });
      }
      const declared = declarationOf.get(key);
      const own: ConflictReason[] =
        declared && !declared.noConflict
          ? [{ kind: 'declared', detail: declared.conflictReason ?? 'declared by the expert' }]
          : [];
      const override = overrideOf.get(key);
      const pinned: ConflictReason[] =
        override?.action === 'pin' ? [{ kind: 'pinned', detail: override.reason }] : [];
      const lifted = override?.action === 'lift' ? override : undefined;
      const reasons = [...derived, ...own, ...pinned];
      if (reasons.length === 0) continue;
      const active = own.length > 0 || pinned.length > 0 || (derived.length > 0 && !lifted);
      const pair: PairConflict = { expertId: e.id, proposalId: p.proposalId, reasons, active };
      if (lifted) pair.lifted = lifted;
      out.push(pair);
    }
  }
  return out;
}
