/**
 * A fast yes/no for "does this input have the proposal schema's shape?", so the common case of
 * a well-formed proposal skips the general-purpose schema walk. It must accept exactly what
 * proposalInputSchema accepts (well-formed.test.ts checks that on random inputs); when it says
 * no, the schema runs to name every problem.
 */
import { ORGANISATION_TYPES, RESTRICTIONS, ROLES } from '../call-definition/types.ts';
import { parseInstant } from '../deadline/deadline.ts';
import type { ProposalInput } from './proposal-input.ts';

/** A Participant Identification Code: the 9 digits the EU's participant register gives an organisation. */
export const PIC_FORMAT = /^\d{9}$/;

const TYPES = new Set<unknown>(ORGANISATION_TYPES);
const ROLE_SET = new Set<unknown>(ROLES);
const RESTRICTION_SET = new Set<unknown>(RESTRICTIONS);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isWholeEuros(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

export function isWellFormedProposal(input: unknown): input is ProposalInput {
  if (!isObject(input)) return false;
  if (typeof input.call !== 'string' || typeof input.lot !== 'string') return false;
  if (typeof input.durationMonths !== 'number' || !Number.isSafeInteger(input.durationMonths)) return false;
  if (input.ecosystem !== undefined && typeof input.ecosystem !== 'string') return false;
  if (input.submittedAt !== undefined) {
    if (typeof input.submittedAt !== 'string' || parseInstant(input.submittedAt) === undefined) return false;
  }
  if (input.budget !== undefined) {
    const b = input.budget;
    if (!isObject(b) || !isWholeEuros(b.estimatedCosts) || !isWholeEuros(b.requestedGrant)) return false;
  }
  const participants = input.participants;
  if (!Array.isArray(participants)) return false;
  for (const p of participants) {
    if (!isObject(p)) return false;
    if (typeof p.name !== 'string' || p.name.length === 0 || typeof p.country !== 'string') return false;
    if (!TYPES.has(p.type) || !ROLE_SET.has(p.role)) return false;
    if (p.eche !== undefined && typeof p.eche !== 'boolean') return false;
    if (p.pic !== undefined && (typeof p.pic !== 'string' || !PIC_FORMAT.test(p.pic))) return false;
    if (p.publiclyOwned !== undefined && typeof p.publiclyOwned !== 'boolean') return false;
    if (p.restriction !== undefined && !RESTRICTION_SET.has(p.restriction)) return false;
  }
  return true;
}
