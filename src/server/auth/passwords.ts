/** Passwords are stored as argon2id hashes only. */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../contracts/auth.ts';
import { isCommonPassword } from './common-passwords.ts';

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 is Argon2id (the package's Algorithm is a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** How many password checks this process has run (the tests count them). */
export const passwordChecks = { count: 0 };

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  passwordChecks.count++;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A check against a hash of no account's password, for a sign-in to an address without an
 * account: it takes as long as a real check, so the answer's timing does not tell whether the
 * account exists.
 */
export async function verifyNoAccount(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await dummy, password);
  return false;
}

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/**
 * What a new password must be, said as what is expected of it, with the problem's code for the
 * web app (src/server/http/problem-codes.ts); undefined when it will do.
 */
export function passwordProblem(
  password: string,
): { message: string; params: Record<string, string | number | boolean> } | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return {
      message: `a password of at least ${MIN_PASSWORD_LENGTH} characters`,
      params: { code: 'too_small', origin: 'string', min: MIN_PASSWORD_LENGTH, inclusive: true },
    };
  if (password.length > MAX_PASSWORD_LENGTH)
    return {
      message: `a password of at most ${MAX_PASSWORD_LENGTH} characters`,
      params: { code: 'too_big', origin: 'string', max: MAX_PASSWORD_LENGTH, inclusive: true },
    };
  if (isCommonPassword(password))
    return {
      message: 'a password that is not on the list of common passwords',
      params: { code: 'common_password' },
    };
  return undefined;
}

/** A new password in a request body (registration, reset, change, accounts the administrator creates). */
export const newPasswordSchema = z.string({ error: 'a password' }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: problem.params });
});
