/**
 * Editing together: who has which section of a proposal open (presence), and the events the
 * editor listens to (GET /api/v1/proposals/:id/events, text/event-stream): a section someone
 * saved, and who is editing now.
 */
import { z } from 'zod';

/** The sections the person has open in the editor now; an empty list when they leave. */
export const presenceBody = z.strictObject({
  sections: z
    .array(z.string({ error: 'a section key, e.g. "general" or "budget:p2"' }).min(1).max(100), {
      error: 'a list of section keys (empty when leaving)',
    })
    .max(200, { error: 'at most 200 sections' }),
});
export type PresenceBody = z.infer<typeof presenceBody>;

/** Another applicant who has a section open, with their organisation in the consortium. */
export const editor = z.object({
  section: z.string(),
  accountId: z.string(),
  name: z.string(),
  /** The organisation they act for in this proposal; null when it is not in the consortium yet. */
  organisation: z.string().nullable(),
});
export type OtherEditor = z.infer<typeof editor>;

/** Everyone else editing the proposal now (never the asker). */
export const presenceView = z.object({ editors: z.array(editor) });
export type PresenceView = z.infer<typeof presenceView>;

/** `event: section-saved`: a new version of a section was saved. */
export const sectionSavedEvent = z.object({
  section: z.string(),
  version: z.number().int().positive(),
  by: z.object({ accountId: z.string(), name: z.string() }),
  /** Saved by the account that listens (in this or another window). */
  byMe: z.boolean(),
});
export type SectionSavedEvent = z.infer<typeof sectionSavedEvent>;

/** `event: presence`: who else is editing now, sent on connecting and whenever it changes. */
export const presenceEvent = presenceView;
