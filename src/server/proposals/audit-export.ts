/** A proposal's audit trail as rows, JSON or CSV: the record a redress request is answered from. */
import type { ServerDeps } from '../deps.ts';

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
    changes: (r.diff as { changes: unknown[] }).changes,
  }));
}

function csvCell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
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
