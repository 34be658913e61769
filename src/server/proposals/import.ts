/**
 * Importing a proposal exported as canonical JSON: a new draft in the importer's name, its
 * organisations matched in the registry by PIC (or by name and country), registered as declared
 * when the registry does not know them.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { LotId } from '../../engine/call-definition/types.ts';
import { ORGANISATION_TYPES, ROLES } from '../../engine/call-definition/types.ts';
import type { InputProblem } from '../../engine/eligibility/proposal-input.ts';
import { FORBIDDEN_NAME_EXPECTED, isForbiddenName } from '../../engine/forbidden-names.ts';
import { emptySection } from '../../engine/proposal/document.ts';
import {
  budgetLineSchema,
  coordinatorDeclarationSchema,
  generalSchema,
  partASchema,
  participantSchema,
  workPlanSchema,
} from '../../engine/proposal/sections.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, forbidden } from '../errors.ts';
import { write } from '../operations/write.ts';
import { canCreateProposal } from '../policies/policies.ts';
import { CONTENT_FORMAT } from './content.ts';
import { insertSection } from './create.ts';

export const importSchema = generalSchema.extend({
  format: z.literal(CONTENT_FORMAT, { error: `the export format "${CONTENT_FORMAT}"` }),
  // What the export carries for people and other programs; the import makes a new id and recomputes the totals.
  proposalId: z.string().max(64).optional(),
  budgetTotals: z.unknown().optional(),
  call: z.object({ id: z.string().min(1) }),
  participants: z
    .array(
      participantSchema.extend({
        id: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'a participant id of letters, digits, - and _' })
          .refine((s) => !isForbiddenName(s), { error: FORBIDDEN_NAME_EXPECTED }),
        role: z.enum(ROLES),
        organisation: z.object({
          pic: z
            .string()
            .regex(/^\d{9}$/)
            .nullable(),
          legalName: z.string().min(2).max(200),
          country: z.string().regex(/^[A-Z]{2}$/),
          type: z.enum(ORGANISATION_TYPES),
          city: z.string().max(100).nullable(),
        }),
      }),
    )
    .min(1, { error: 'at least the coordinator' })
    .max(60),
  workPackages: workPlanSchema.shape.workPackages,
  budget: z.record(z.string(), z.record(z.string(), budgetLineSchema)),
  answers: z.record(z.string(), z.string().max(100_000)),
  // Part A by participant id and the coordinator's declarations; a file exported before Part A has none.
  partA: z.record(z.string(), partASchema).optional(),
  coordinatorDeclaration: coordinatorDeclarationSchema.optional(),
});
export type ImportedProposal = z.infer<typeof importSchema>;

/** The fields of one section out of the whole document (the section schemas are strict). */
function sectionOf<T extends z.ZodObject>(schema: T, value: object): z.infer<T> {
  const fields = value as Record<string, unknown>;
  return schema.parse(Object.fromEntries(Object.keys(schema.shape).map((k) => [k, fields[k]])));
}

/**
 * What the file refers to must be in the file, as saving its sections would require: participants
 * once each, work-package leads and budgets for beneficiaries, budget lines for its work packages.
 */
function referenceProblems(content: ImportedProposal): InputProblem[] {
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const pics = new Set<string>();
  content.participants.forEach((p, i) => {
    if (seen.has(p.id))
      problems.push({
        field: `participants[${i}].id`,
        expected: 'a participant id used once',
        got: JSON.stringify(p.id),
      });
    seen.add(p.id);
    const pic = p.organisation.pic;
    if (pic && pics.has(pic))
      problems.push({
        field: `participants[${i}].organisation.pic`,
        expected: 'each organisation once',
        got: JSON.stringify(pic),
      });
    if (pic) pics.add(pic);
  });
  const beneficiaries = new Set(
    content.participants.filter((p) => p.role !== 'associated-partner').map((p) => p.id),
  );
  content.workPackages.forEach((wp, i) => {
    if (wp.leadParticipantId !== null && !beneficiaries.has(wp.leadParticipantId))
      problems.push({
        field: `workPackages[${i}].leadParticipantId`,
        expected: 'a beneficiary of the file (or null)',
        got: JSON.stringify(wp.leadParticipantId),
      });
  });
  const wpIds = new Set(content.workPackages.map((wp) => wp.id));
  for (const [pid, lines] of Object.entries(content.budget)) {
    if (!beneficiaries.has(pid))
      problems.push({
        field: `budget.${pid}`,
        expected: 'the budget of a beneficiary of the file',
        got: JSON.stringify(pid),
      });
    for (const wp of Object.keys(lines))
      if (!wpIds.has(wp))
        problems.push({
          field: `budget.${pid}.${wp}`,
          expected: 'a work package of the file',
          got: JSON.stringify(wp),
        });
  }
  return problems;
}

export async function importProposal(deps: ServerDeps, actor: Actor | undefined, content: ImportedProposal) {
  const problems = referenceProblems(content);
  if (problems.length > 0) throw badRequest(problems);
  const book = await deps.calls.ruleBook(content.call.id);
  const call = book.calls[content.call.id];
  if (!call)
    throw badRequest([
      { field: 'call.id', expected: 'a call the platform runs', got: JSON.stringify(content.call.id) },
    ]);
  if (!call.lots[content.lot as LotId])
    throw badRequest([{ field: 'lot', expected: 'a lot of the call', got: JSON.stringify(content.lot) }]);
  const coordinator = content.participants.find((p) => p.role === 'coordinator') ?? content.participants[0]!;
  const proposalId = randomUUID();
  return write(
    deps,
    actor,
    { action: 'proposal.import', entityType: 'proposal', entityId: proposalId, proposalId },
    () => canCreateProposal(actor),
    async (tx, now) => {
      if (now.getTime() >= (await deps.calls.deadline(content.call.id)).getTime()) {
        throw forbidden('The call has closed.', 'deadline-passed');
      }
      const orgIds = new Map<string, string>();
      for (const p of content.participants) {
        const o = p.organisation;
        let existing = o.pic
          ? await tx.selectFrom('organisations').select('id').where('pic', '=', o.pic).executeTakeFirst()
          : await tx
              .selectFrom('organisations')
              .select('id')
              .where('legal_name', '=', o.legalName)
              .where('country', '=', o.country)
              .executeTakeFirst();
        if (!existing) {
          existing = { id: randomUUID() };
          await tx
            .insertInto('organisations')
            .values({
              id: existing.id,
              pic: o.pic,
              legal_name: o.legalName,
              country: o.country,
              type: o.type,
              city: o.city,
              validation: 'declared',
              created_by: actor!.id,
              created_at: now,
              version: 1,
            })
            .execute();
        }
        orgIds.set(p.id, existing.id);
      }
      await tx
        .insertInto('proposals')
        .values({
          id: proposalId,
          call_id: content.call.id,
          state: 'draft',
          created_by: actor!.id,
          created_at: now,
          updated_at: now,
          last_submission_id: null,
        })
        .execute();
      const sections = new Map<string, unknown>([
        ['general', sectionOf(generalSchema, content)],
        [
          'consortium',
          {
            participants: content.participants.map((p) => ({
              id: p.id,
              organisationId: orgIds.get(p.id)!,
              role: p.role,
            })),
          },
        ],
        ['work-plan', { workPackages: content.workPackages }],
      ]);
      for (const p of content.participants) {
        sections.set(`participant:${p.id}`, sectionOf(participantSchema, p));
        sections.set(`budget:${p.id}`, { lines: content.budget[p.id] ?? {} });
        sections.set(`part-a:${p.id}`, content.partA?.[p.id] ?? emptySection(`part-a:${p.id}`));
      }
      sections.set(
        'coordinator-declaration',
        content.coordinatorDeclaration ?? emptySection('coordinator-declaration'),
      );
      for (const c of call.awardCriteria.criteria)
        sections.set(`answers:${c.id}`, { text: content.answers[c.id] ?? '' });
      for (const [key, data] of sections) await insertSection(tx, proposalId, key, data, actor!.id, now);
      await tx
        .insertInto('proposal_members')
        .values({
          proposal_id: proposalId,
          account_id: actor!.id,
          role: 'coordinator-contact',
          participant_id: coordinator.id,
          created_at: now,
        })
        .execute();
      return {
        result: { id: proposalId },
        before: null,
        after: { importedFrom: content.format, sections: Object.fromEntries(sections) },
      };
    },
  );
}
