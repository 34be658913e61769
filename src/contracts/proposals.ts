import { z } from 'zod';

export const proposalParams = z.object({ id: z.string().min(1).max(64) });
export const sectionParams = z.object({
  id: z.string().min(1).max(64),
  key: z.string().min(1).max(100),
});
export const versionParams = sectionParams.extend({
  version: z.coerce.number({ error: 'a version number' }).int().positive(),
});
export const submissionParams = z.object({
  id: z.string().min(1).max(64),
  number: z.coerce.number({ error: 'a submission number' }).int().positive(),
});

export const createBody = z.strictObject({
  callId: z.string({ error: 'the id of an open call' }).min(1),
  lot: z.enum(['lot1', 'lot2', 'lot3'], { error: 'one of lot1, lot2, lot3' }),
  organisationId: z.string({ error: "the id of the coordinator's organisation in the registry" }).min(1),
  durationMonths: z.number().int({ error: 'an integer number of months' }).min(1).max(120).optional(),
  ecosystem: z.string().max(80).nullable().optional(),
  acronym: z.string().max(20, { error: 'at most 20 characters' }).optional(),
  title: z.string().max(200, { error: 'at most 200 characters' }).optional(),
});

export const sectionBody = z.strictObject({
  version: z.number({ error: 'the version of the section you edited' }).int().positive(),
  data: z.unknown().refine((d) => d !== undefined, { error: 'the section data' }),
});

export const auditQuery = z.object({
  format: z.enum(['json', 'csv'], { error: 'json or csv' }).default('json'),
});
