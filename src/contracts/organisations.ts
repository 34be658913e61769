/** The organisation registry: search, register, correct. */
import { z } from 'zod';
import { ORGANISATION_TYPES, RESTRICTIONS } from '../engine/call-definition/types.ts';

export const pic = z.string().regex(/^\d{9}$/, { error: 'a PIC of 9 digits' });
const country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, { error: 'a two-letter country code' })
  .transform((c) => c.toUpperCase());
const type = z.enum(ORGANISATION_TYPES, { error: `one of ${ORGANISATION_TYPES.join(', ')}` });

export const searchQuery = z.object({
  q: z.string().max(100).optional(),
  pic: z.string().max(9).optional(),
  country: z.string().max(2).optional(),
  type: type.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const createBody = z.strictObject({
  legalName: z.string().trim().min(2, { error: 'the legal name (at least 2 characters)' }).max(200),
  pic: pic.nullable().optional(),
  country,
  type,
  city: z.string().trim().max(100).nullable().optional(),
});

export const updateBody = z.strictObject({
  version: z.number().int().positive({ error: 'the version you edited' }),
  legalName: z.string().trim().min(2).max(200).optional(),
  pic: pic.nullable().optional(),
  country: country.optional(),
  type: type.optional(),
  city: z.string().trim().max(100).nullable().optional(),
  validation: z.enum(['declared', 'validated']).optional(),
  /** Agency staff only: a registry restriction (hu-public-interest-trust), or null to clear it. */
  restriction: z
    .enum(RESTRICTIONS, { error: `one of ${RESTRICTIONS.join(', ')}, or null` })
    .nullable()
    .optional(),
});

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const organisation = z.object({
  id: z.string(),
  pic: z.string().nullable(),
  legalName: z.string(),
  country: z.string(),
  type,
  city: z.string().nullable(),
  validation: z.enum(['declared', 'validated']),
  /** A registry restriction the agency set (hu-public-interest-trust), or null. */
  restriction: z.enum(RESTRICTIONS).nullable(),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof organisation>;
export const organisationList = z.array(organisation);
