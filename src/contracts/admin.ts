/** Administration: accounts with their roles and the e-mail outbox. */
import { z } from 'zod';
import { account, newPassword } from './auth.ts';

export const createAccountBody = z.strictObject({
  email: z.email({ error: 'an e-mail address' }).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, { error: 'a name' }).max(120),
  role: z.enum(['applicant', 'officer', 'expert', 'admin'], {
    error: 'one of applicant, officer, expert, admin',
  }),
  password: newPassword,
});

export const outboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type OutboxMail = z.infer<typeof outboxMail>;
export const outboxResponse = z.array(outboxMail);

export const adminAccount = account.extend({ createdAt: z.string() });
export type AdminAccount = z.infer<typeof adminAccount>;
export const accountList = z.array(adminAccount);
export const createdAccount = account;
