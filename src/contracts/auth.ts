/**
 * Accounts and sessions: register, sign in, the session, password reset and change. A new
 * password's length is checked here; the server also refuses one on the list of common passwords
 * (src/server/auth/passwords.ts), which the browser bundle does not carry.
 */
import { z } from 'zod';
import { globalRole } from './common.ts';

const email = z
  .email({ error: 'an e-mail address' })
  .max(200)
  .transform((e) => e.trim().toLowerCase());

/** The fewest and most characters a new password may have. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export const newPassword = z
  .string({ error: 'a password' })
  .min(MIN_PASSWORD_LENGTH, { error: `a password of at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { error: `a password of at most ${MAX_PASSWORD_LENGTH} characters` });

export const registerBody = z.strictObject({
  email,
  name: z.string({ error: 'your name' }).trim().min(1, { error: 'your name' }).max(120),
  password: newPassword,
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

export const resetRequestBody = z.strictObject({ email });
export const resetRequested = z.object({ requested: z.literal(true) });

export const resetBody = z.strictObject({
  token: z
    .string({ error: 'the token from the password reset link' })
    .min(20, { error: 'the token from the password reset link' })
    .max(200),
  password: newPassword,
});
export const passwordReset = z.object({ reset: z.literal(true) });

export const changePasswordBody = z.strictObject({
  currentPassword: z
    .string({ error: 'your current password' })
    .min(1, { error: 'your current password' })
    .max(200),
  newPassword,
});
export const passwordChanged = z.object({ changed: z.literal(true) });

/** The account's language: its e-mails are written in it. */
export const languageBody = z.strictObject({
  language: z.enum(['en', 'da'], { error: 'en or da' }),
});
export const languageSet = z.object({ language: z.enum(['en', 'da']) });
