/**
 * The assignment input as spec/assign-format.md describes it, plus the optional `pinned` pairs.
 * The schema only checks the shape; ./validate.ts checks what the shape cannot (duplicate ids,
 * references to unknown experts or proposals, pins that break a hard constraint). Unknown extra
 * fields are dropped, so later versions of the format can add fields without breaking this one.
 */
import { z } from 'zod';

const id = (what: string) =>
  z.string({ error: `${what} as a string` }).min(1, { error: `${what} as a non-empty string` });

const topics = z.array(z.string({ error: 'a topic id as a string, e.g. "digital"' }), {
  error: 'a list of topic ids, e.g. ["digital", "green"]',
});

const pic = (what: string) =>
  z.string({ error: `${what} as a string, e.g. "999000001"` }).min(1, { error: `${what}, not empty` });

const wholeNumber = (what: string, least: 0 | 1) =>
  z
    .number({ error: `${what}, a whole number (${least} or more)` })
    .int({ error: `${what}, a whole number (${least} or more)` })
    .min(least, { error: `${what}, a whole number (${least} or more)` });

export const proposalSchema = z.object({
  id: id('the proposal id'),
  topics,
  organisations: z.array(pic('a participant PIC'), {
    error: 'a list of the PICs of every participant, in any role',
  }),
});

export const expertSchema = z.object({
  id: id('the expert id'),
  topics,
  organisation: pic("the PIC of the expert's employer"),
  maxLoad: wholeNumber('the most proposals this expert may review', 0),
});

/** A declared conflict of interest: this expert may not review this proposal. */
export const conflictSchema = z.object({
  expert: id('an expert id'),
  proposal: id('a proposal id'),
  reason: z.string({ error: 'the declared reason as a string' }).optional(),
});

/** A pair an officer has fixed by hand: it must be in the result. */
export const pinSchema = z.object({
  expert: id('an expert id'),
  proposal: id('a proposal id'),
});

export const assignmentInputSchema = z.object({
  expertsPerProposal: wholeNumber('how many experts review each proposal', 1),
  proposals: z.array(proposalSchema, { error: 'a list of proposals' }),
  experts: z.array(expertSchema, { error: 'a list of experts' }),
  conflicts: z.array(conflictSchema, { error: 'a list of declared conflicts of interest' }).optional(),
  pinned: z.array(pinSchema, { error: 'a list of pinned {expert, proposal} pairs' }).optional(),
});

export type ProposalInput = z.infer<typeof proposalSchema>;
export type ExpertInput = z.infer<typeof expertSchema>;
export type ConflictInput = z.infer<typeof conflictSchema>;
export type PinInput = z.infer<typeof pinSchema>;
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;
