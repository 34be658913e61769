/** A proposal's audit trail as rows, JSON or CSV: the record a redress request is answered from. */
import type { Change } from '../../engine/json-diff.ts';
import type { ServerDeps } from '../deps.ts';
import { neutraliseCell } from '../exports/spreadsheet-cells.ts';

export async function auditRows(deps: ServerDeps, proposalId: string) {
  const rows = await deps.db
    .selectFrom('audit_log')
    .leftJoin('accounts', 'accounts.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'accounts.name as actorName',
      'accounts.email as actorEmail',
      'audit_log.actor_role',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.diff',
    ])
    .where('proposal_id', '=', proposalId)
    .orderBy('audit_log.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    actor: r.actor_id ? { id: r.actor_id, name: r.actorName, email: r.actorEmail, role: r.actor_role } : null,
    action: r.action,
    entity: { type: r.entity_type, id: r.entity_id },
    changes: (r.diff as { changes: Change[] }).changes,
  }));
}

type AuditRow = Awaited<ReturnType<typeof auditRows>>[number];

/** What the applicants do to their proposal; everything else is the evaluation's record. */
const applicantAction = (action: string) =>
  action.startsWith('proposal.') || action.startsWith('invitation.');

/**
 * The trail agency staff read: the applicants' actions up to the last submission (draft edits
 * after it never counted) and the evaluation's record; of a withdrawn proposal, its withdrawal only.
 */
export function agencyAuditRows(rows: AuditRow[], state: string): AuditRow[] {
  const lastSubmit = rows.findLast((r) => r.action === 'proposal.submit');
  if (state === 'withdrawn') {
    const withdrawal = rows.findLast((r) => r.action === 'proposal.withdraw');
    return withdrawal ? [withdrawal] : [];
  }
  if (!lastSubmit) return [];
  return rows.filter((r) => !applicantAction(r.action) || r.id <= lastSubmit.id);
}

function csvCell(value: unknown): string {
  const text = neutraliseCell(typeof value === 'string' ? value : JSON.stringify(value ?? ''));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsv(rows: Awaited<ReturnType<typeof auditRows>>): string {
  const lines = [['id', 'at', 'actor', 'role', 'action', 'entity', 'changes'].join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.id,
        r.at,
        r.actor ? `${r.actor.name} <${r.actor.email}>` : '',
        r.actor?.role ?? '',
        r.action,
        `${r.entity.type}:${r.entity.id}`,
        r.changes,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
