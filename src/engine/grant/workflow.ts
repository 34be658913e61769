/**
 * The life of a grant as one table of states (like the evaluation lifecycle): who moves it on and
 * which states may follow. The grant policies, the server and the web pages all read it.
 *
 * preparation: the officer has opened it; the coordinator confirms participants, bank account
 *   and split (and removes or replaces a restricted entity).
 * confirmed: the coordinator has confirmed; the officer signs, or sends it back.
 * signed: the grant agreement is signed and the pre-financing paid; reports, assessments,
 *   payments and amendments follow.
 * closed: the final payment is made.
 * cancelled: the officer ended the preparation before signature (the consortium withdrew, or
 *   the grant cannot be signed); its amount goes back to the lot's envelope for the reserve list.
 */

export const GRANT_STATES = ['preparation', 'confirmed', 'signed', 'closed', 'cancelled'] as const;
export type GrantState = (typeof GRANT_STATES)[number];

export type GrantAction =
  | 'edit-consortium'
  | 'edit-bank-account'
  | 'confirm'
  | 'reopen'
  | 'sign'
  | 'cancel'
  | 'submit-report'
  | 'assess'
  | 'approve-payment'
  | 'amend';

export interface GrantStateDefinition {
  next: readonly GrantState[];
  /** What the coordinator may do in this state. */
  coordinator: readonly GrantAction[];
  /** What the officer may do in this state. */
  officer: readonly GrantAction[];
}

export const GRANT_WORKFLOW: Readonly<Record<GrantState, GrantStateDefinition>> = {
  preparation: {
    next: ['confirmed', 'cancelled'],
    coordinator: ['edit-consortium', 'edit-bank-account', 'confirm'],
    officer: ['cancel'],
  },
  confirmed: {
    next: ['preparation', 'signed', 'cancelled'],
    coordinator: [],
    officer: ['reopen', 'sign', 'cancel'],
  },
  signed: {
    next: ['closed'],
    coordinator: ['submit-report', 'amend', 'edit-bank-account'],
    officer: ['assess', 'approve-payment'],
  },
  closed: { next: [], coordinator: [], officer: [] },
  cancelled: { next: [], coordinator: [], officer: [] },
};

export function grantMay(state: GrantState, who: 'coordinator' | 'officer', action: GrantAction): boolean {
  return GRANT_WORKFLOW[state][who].includes(action);
}

export function grantMayFollow(from: GrantState, to: GrantState): boolean {
  return GRANT_WORKFLOW[from].next.includes(to);
}
