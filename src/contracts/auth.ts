/** Accounts and sessions: register, sign in, the session. */
import { z } from 'zod';
import { globalRole } from './common.ts';

const email = z
  .email({ error: 'an e-mail address' })
  .max(200)
  .transform((e) => e.trim().toLowerCase());

export const registerBody = z.strictObject({
  email,
  name: z.string({ error: 'your name' }).trim().min(1, { error: 'your name' }).max(120),
  password: z
    .string({ error: 'a password' })
    .min(10, { error: 'a password of at least 10 characters' })
    .max(200),
});

export const signInBody = z.strictObject({
  email,
  password: z.string({ error: 'your password' }).min(1, { error: 'your password' }).max(200),
});

export const account = z.object({ id: z.string(), email: z.string(), name: z.string(), role: globalRole });
export type Account = z.infer<typeof account>;

export const sessionResponse = z.object({ account, csrfToken: z.string(), expiresAt: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const signOutResponse = z.object({ signedOut: z.literal(true) });
