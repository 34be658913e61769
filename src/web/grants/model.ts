/** What the grant pages compute from the API's answers: money, names, the ledger's total. */
import type { GrantView } from '../../contracts/grants.ts';
import type { Lang } from '../../engine/call-definition/types.ts';
import { euros } from '../../engine/i18n/format.ts';
import type { QueryKey } from '../api/query-keys.ts';

/** Every grant page reads under /api/v1/grants: a write refreshes them all. */
export const GRANTS_KEY: QueryKey = ['grants'];

export const money = (amount: number, lang: Lang): string => euros(amount, lang);

export function ledgerTotal(g: Pick<GrantView, 'ledger'>): number {
  return g.ledger.reduce((s, e) => s + e.amount, 0);
}

export function participantName(g: Pick<GrantView, 'participants'>, id: string): string {
  return g.participants.find((p) => p.id === id)?.name ?? id;
}

export function may(g: Pick<GrantView, 'viewer'>, action: string): boolean {
  return g.viewer.actions.includes(action);
}

export const grantPath = (id: string) => `/api/v1/grants/${encodeURIComponent(id)}`;
