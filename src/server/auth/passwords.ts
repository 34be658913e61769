/** Passwords are stored as argon2id hashes only. */
import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 is Argon2id (the package's Algorithm is a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** What a new password must be; the message names what is missing. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 10) return 'a password of at least 10 characters';
  if (password.length > 200) return 'a password of at most 200 characters';
  return undefined;
}
