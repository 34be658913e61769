/** Shapes several resources share: a field's problem, a deadline, names in both languages. */
import { z } from 'zod';

/**
 * A problem with one field of a request, as a 400 names it: the field's path, what was expected and
 * what came, in English for people reading the API; and for the web app, which says it in the
 * reader's language, a machine code (`too_small`, `invalid_enum`, ...) with its params (minimum,
 * maximum, allowed values). What was typed into a password field never comes back.
 */
export const problemParam = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number()])),
]);
export const problem = z.object({
  field: z.string(),
  expected: z.string(),
  got: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), problemParam).optional(),
});
export type Problem = z.infer<typeof problem>;

/** Both languages of a name or a text. */
export const localised = z.object({ en: z.string(), da: z.string() });

/** A deadline as the instant, the local time in Brussels and the time zone. */
export const deadlineView = z.object({ utc: z.string(), local: z.string(), timeZone: z.string() });
export type DeadlineView = z.infer<typeof deadlineView>;

export const globalRole = z.enum(['applicant', 'officer', 'expert', 'admin']);
export type GlobalRole = z.infer<typeof globalRole>;
export const memberRole = z.enum(['coordinator-contact', 'partner-contact']);
export type MemberRole = z.infer<typeof memberRole>;

export const idParams = z.object({ id: z.string().min(1).max(64) });
