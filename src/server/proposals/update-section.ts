/**
 * Saving one section of a proposal. The writer says which version they edited; if someone saved
 * in between, the write is refused (409) with what changed since, and nothing is overwritten.
 */
import type { LotId } from '../../engine/call-definition/types.ts';
import type { InputProblem } from '../../engine/eligibility/proposal-input.ts';
import { formatPath } from '../../engine/field-path.ts';
import { jsonDiff } from '../../engine/json-diff.ts';
import type { OrganisationRef } from '../../engine/proposal/document.ts';
import type { ConsortiumSection, WorkPlanSection } from '../../engine/proposal/sections.ts';
import { parseSectionKey, schemaFor } from '../../engine/proposal/sections.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { issueProblems } from '../http/route.ts';
import { authorized, type Tx, write } from '../operations/write.ts';
import { canEditSection } from '../policies/policies.ts';
import { insertSection } from './create.ts';
import { newBudgetSection, newPartASection, newParticipantSection } from './defaults.ts';
import { factsOf, loadProposalWithSections, type ProposalRow, type SectionState } from './repository.ts';

export interface SectionWrite {
  version: number;
  data: unknown;
}

export interface SavedSection {
  key: string;
  version: number;
  data: unknown;
}

/** Validates the shape of a section's data; every problem names its field under `data`. */
export function parseSectionData(key: string, data: unknown): { kind: string; ref?: string; data: unknown } {
  const parsed = parseSectionKey(key);
  if (!parsed) throw notFound(`The section "${key}"`);
  const result = schemaFor(parsed.kind).safeParse(data);
  if (!result.success) {
    throw badRequest(
      issueProblems(result.error.issues, data).map(({ path, ...p }) => ({
        ...p,
        field: formatPath(['data', ...path]),
      })),
    );
  }
  return { ...parsed, data: result.data };
}

/** What a section may refer to must exist: organisations, participants, work packages, lots. */
async function checkReferences(
  deps: ServerDeps,
  tx: Tx,
  sections: Map<string, SectionState>,
  proposal: { id: string; call_id: string },
  kind: string,
  ref: string | undefined,
  data: unknown,
): Promise<void> {
  const problems: InputProblem[] = [];
  const consortium = (sections.get('consortium')?.data as ConsortiumSection | undefined) ?? {
    participants: [],
  };
  if (kind === 'general') {
    const lot = (data as { lot: LotId }).lot;
    const book = await deps.calls.ruleBook(proposal.call_id);
    if (!book.calls[proposal.call_id]?.lots[lot]) {
      problems.push({
        field: 'data.lot',
        expected: "a lot of the proposal's call",
        got: JSON.stringify(lot),
        code: 'unknown_reference',
      });
    }
  }
  if (kind === 'consortium') {
    const participants = (data as ConsortiumSection).participants;
    const ids = participants.map((p) => p.id);
    const orgIds = participants.map((p) => p.organisationId);
    if (new Set(ids).size !== ids.length) {
      problems.push({
        field: 'data.participants',
        expected: 'unique participant ids',
        got: 'a repeated id',
        code: 'duplicate',
      });
    }
    if (new Set(orgIds).size !== orgIds.length) {
      problems.push({
        field: 'data.participants',
        expected: 'each organisation once',
        got: 'an organisation twice',
        code: 'duplicate',
      });
    }
    const known = orgIds.length
      ? new Set(
          (await tx.selectFrom('organisations').select('id').where('id', 'in', orgIds).execute()).map(
            (r) => r.id,
          ),
        )
      : new Set<string>();
    participants.forEach((p, i) => {
      if (!known.has(p.organisationId)) {
        problems.push({
          field: `data.participants[${i}].organisationId`,
          expected: 'the id of an organisation in the registry',
          got: JSON.stringify(p.organisationId),
          code: 'unknown_reference',
        });
      }
    });
  }
  const holders = new Set(
    consortium.participants.filter((p) => p.role !== 'associated-partner').map((p) => p.id),
  );
  if (kind === 'work-plan') {
    (data as WorkPlanSection).workPackages.forEach((wp, i) => {
      if (wp.leadParticipantId !== null && !holders.has(wp.leadParticipantId)) {
        problems.push({
          field: `data.workPackages[${i}].leadParticipantId`,
          expected: 'a beneficiary of the consortium (or null)',
          got: JSON.stringify(wp.leadParticipantId),
          code: 'unknown_reference',
        });
      }
    });
  }
  if (kind === 'budget') {
    if (!ref || !holders.has(ref)) throw notFound(`A budget for participant "${ref}"`);
    const workPlan = (sections.get('work-plan')?.data as WorkPlanSection | undefined) ?? {
      workPackages: [],
    };
    const wpIds = new Set(workPlan.workPackages.map((w) => w.id));
    for (const wpId of Object.keys((data as { lines: Record<string, unknown> }).lines)) {
      if (!wpIds.has(wpId)) {
        problems.push({
          field: `data.lines.${wpId}`,
          expected: 'a work package of the work plan',
          got: JSON.stringify(wpId),
          code: 'unknown_reference',
        });
      }
    }
  }
  if (
    (kind === 'participant' || kind === 'part-a') &&
    (!ref || !consortium.participants.some((p) => p.id === ref))
  ) {
    throw notFound(`The participant "${ref}"`);
  }
  if (kind === 'part-a' || kind === 'coordinator-declaration') {
    // Only the declarations and questions the call's Part A lists, each where the call puts it.
    const book = await deps.calls.ruleBook(proposal.call_id);
    const definitions = book.calls[proposal.call_id]?.submissionPackage.partADeclarations.value ?? [];
    const by = kind === 'part-a' ? 'each-participant' : 'coordinator';
    const tickable = new Set(definitions.filter((d) => d.by === by && !d.questions).map((d) => d.id));
    const questions = new Set(
      definitions.filter((d) => d.by === by).flatMap((d) => (d.questions ?? []).map((q) => q.id)),
    );
    const section = data as { declarations: Record<string, boolean>; answers?: Record<string, string> };
    for (const id of Object.keys(section.declarations)) {
      if (!tickable.has(id as never)) {
        problems.push({
          field: `data.declarations.${id}`,
          expected: `a declaration of the call's Part A made ${kind === 'part-a' ? 'by each participant' : 'by the coordinator'} (${[...tickable].join(', ')})`,
          got: JSON.stringify(id),
          code: 'unknown_reference',
        });
      }
    }
    for (const id of Object.keys(section.answers ?? {})) {
      if (!questions.has(id)) {
        problems.push({
          field: `data.answers.${id}`,
          expected: `a self-assessment question of the call's Part A (${[...questions].join(', ')})`,
          got: JSON.stringify(id),
          code: 'unknown_reference',
        });
      }
    }
  }
  if (problems.length > 0) throw badRequest(problems);
}

/** A saved section, and the proposal as the save left it (for the review in the response). */
export interface SectionSave {
  saved: SavedSection;
  proposal: ProposalRow;
  sections: Map<string, SectionState>;
  /** The consortium's organisations as read with the sections, unless the save changed the consortium. */
  organisations?: Map<string, OrganisationRef>;
}

export async function updateSection(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  key: string,
  body: SectionWrite,
): Promise<SavedSection> {
  return (await saveSection(deps, actor, proposalId, key, body)).saved;
}

/**
 * Saves a section in as few round trips as the checks allow (the last hour before a deadline is
 * all saves): the proposal row, under the share lock that the policy check takes, and all its
 * sections in one query, which the version check, the reference checks and the caller's review
 * then use.
 */
export async function saveSection(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  key: string,
  body: SectionWrite,
): Promise<SectionSave> {
  const parsed = parseSectionData(key, body.data);
  return write(
    deps,
    actor,
    {
      action: 'proposal.section.update',
      entityType: 'proposal_section',
      entityId: `${proposalId}/${key}`,
      proposalId,
    },
    async (tx, now) => {
      // A share lock: many sections may be saved at once, but not while a submission reads them all.
      // Every section comes in the same round trip (the save reads its own and those it refers
      // to), with the consortium's organisations for the review in the answer.
      const loaded = await loadProposalWithSections(tx, proposalId, actor?.id);
      const facts = await factsOf(deps.calls, now, loaded.proposal, loaded.membership);
      return authorized(loaded, canEditSection(actor, facts, key));
    },
    async (tx, now, { proposal, sections, organisations }) => {
      const current = sections.get(key);
      if (!current) throw notFound(`The section "${key}"`);
      if (current.version !== body.version) throw await staleWrite(tx, proposalId, key, body, current);
      await checkReferences(deps, tx, sections, proposal, parsed.kind, parsed.ref, parsed.data);
      const json = JSON.stringify(parsed.data);
      // The update and its entry in the version history in one statement (one round trip less
      // for every save while the transaction holds its connection).
      const updated = await tx
        .with('updated', (db) =>
          db
            .updateTable('proposal_sections')
            .set({ data: json, version: body.version + 1, updated_at: now, updated_by: actor!.id })
            .where('proposal_id', '=', proposalId)
            .where('key', '=', key)
            .where('version', '=', body.version)
            .returning(['proposal_id', 'key', 'version', 'data', 'updated_at', 'updated_by']),
        )
        .insertInto('proposal_section_versions')
        .columns(['proposal_id', 'key', 'version', 'data', 'created_at', 'created_by'])
        .expression((eb) =>
          eb
            .selectFrom('updated')
            .select(['proposal_id', 'key', 'version', 'data', 'updated_at', 'updated_by']),
        )
        .executeTakeFirst();
      if (Number(updated.numInsertedOrUpdatedRows ?? 0) !== 1) {
        // Someone saved between our read and our update (on PostgreSQL the update waited for them):
        // the 409 carries what is current now, not what was current when we read it.
        const latest = await tx
          .selectFrom('proposal_sections')
          .select(['version', 'data'])
          .where('proposal_id', '=', proposalId)
          .where('key', '=', key)
          .executeTakeFirstOrThrow();
        throw await staleWrite(tx, proposalId, key, body, latest);
      }
      sections.set(key, {
        version: body.version + 1,
        data: parsed.data,
        updatedAt: now,
        updatedBy: actor!.id,
      });
      if (parsed.kind === 'consortium') {
        // New participants get their own sections, which their partners will edit.
        for (const p of (parsed.data as ConsortiumSection).participants) {
          for (const [sectionKey, initial] of [
            [`participant:${p.id}`, newParticipantSection()],
            [`budget:${p.id}`, newBudgetSection()],
            [`part-a:${p.id}`, newPartASection()],
          ] as const) {
            if (!sections.has(sectionKey)) {
              await insertSection(tx, proposalId, sectionKey, initial, actor!.id, now);
              sections.set(sectionKey, { version: 1, data: initial, updatedAt: now, updatedBy: actor!.id });
            }
          }
        }
      }
      return {
        result: {
          saved: { key, version: body.version + 1, data: parsed.data },
          proposal,
          sections,
          // A saved consortium may name other organisations: the answer reads them again.
          ...(parsed.kind !== 'consortium' && { organisations }),
        },
        before: current.data,
        after: parsed.data,
      };
    },
  );
}

/** The 409 for a stale write: the current version, and what changed since the writer's version. */
async function staleWrite(
  tx: Tx,
  proposalId: string,
  key: string,
  body: SectionWrite,
  current: { version: number; data: unknown },
) {
  const base = await tx
    .selectFrom('proposal_section_versions')
    .select(['data', 'created_by', 'created_at'])
    .where('proposal_id', '=', proposalId)
    .where('key', '=', key)
    .where('version', '=', body.version)
    .executeTakeFirst();
  const latest = await tx
    .selectFrom('proposal_section_versions')
    .innerJoin('accounts', 'accounts.id', 'proposal_section_versions.created_by')
    .select(['accounts.name', 'proposal_section_versions.created_at'])
    .where('proposal_id', '=', proposalId)
    .where('key', '=', key)
    .where('version', '=', current.version)
    .executeTakeFirst();
  return conflict(
    `Someone saved "${key}" after version ${body.version}: it is now at version ${current.version}. Nothing was overwritten.`,
    {
      key,
      yourVersion: body.version,
      currentVersion: current.version,
      current: current.data,
      changedBy: latest?.name ?? null,
      changedAt: latest?.created_at ?? null,
      theirChanges: base ? jsonDiff(base.data, current.data) : null,
      yourChanges: base ? jsonDiff(base.data, body.data) : null,
    },
  );
}
