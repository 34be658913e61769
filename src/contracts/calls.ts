/** The calls: the list with deadlines and lots, one call definition, the shared catalogue. */
import { z } from 'zod';
import type { CallDefinition, Catalogue } from '../engine/call-definition/types.ts';
import { deadlineView, localised } from './common.ts';
import { engineShape } from './engine-types.ts';

export const callParams = z.object({ callId: z.string().min(1).max(64) });

export const callSummary = z.object({
  id: z.string(),
  year: z.string(),
  /** In English; `titles` has it in both languages. */
  title: z.string(),
  titles: localised,
  demo: z.boolean(),
  identifier: z.string(),
  deadline: deadlineView,
  opensAt: z.string().nullable(),
  open: z.boolean(),
  lots: z.array(
    z.object({
      id: z.string(),
      name: localised,
      durationsMonths: z.array(z.number()),
      maxGrantByDuration: z.record(z.string(), z.number()),
      ecosystemRequired: z.boolean(),
    }),
  ),
});
export type CallSummary = z.infer<typeof callSummary>;

export const callList = z.array(callSummary);
export const callDefinition = engineShape<CallDefinition>(
  'The call definition: every value as { value, status, sources } (src/engine/call-definition/types.ts)',
);
export const catalogue = engineShape<Catalogue>(
  'Countries, ecosystems, organisation types and sources (src/engine/call-definition/types.ts)',
);
