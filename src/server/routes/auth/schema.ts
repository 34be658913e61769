import { z } from 'zod';

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

export const sessionResponse = z.object({
  account: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() }),
  csrfToken: z.string(),
  expiresAt: z.string(),
});
