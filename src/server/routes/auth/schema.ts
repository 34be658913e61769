import { z } from 'zod';
import { newPasswordSchema } from '../../auth/passwords.ts';

const email = z
  .email({ error: 'an e-mail address' })
  .max(200)
  .transform((e) => e.trim().toLowerCase());

export const registerBody = z.strictObject({
  email,
  name: z.string({ error: 'your name' }).trim().min(1, { error: 'your name' }).max(120),
  password: newPasswordSchema,
});

export const signInBody = z.strictObject({
  email,
  password: z.string({ error: 'your password' }).min(1, { error: 'your password' }).max(200),
});

export const sessionResponse = z.object({
  account: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() }),
  csrfToken: z.string(),
  expiresAt: z.string(),
});

export const resetRequestBody = z.strictObject({ email });

export const resetBody = z.strictObject({
  token: z
    .string({ error: 'the token from the password reset link' })
    .min(20, { error: 'the token from the password reset link' })
    .max(200),
  password: newPasswordSchema,
});

export const changePasswordBody = z.strictObject({
  currentPassword: z
    .string({ error: 'your current password' })
    .min(1, { error: 'your current password' })
    .max(200),
  newPassword: newPasswordSchema,
});
