import type { FastifyReply } from 'fastify';
import type { Claim } from '../../auth/throttle.ts';
import { HttpError } from '../../errors.ts';

/** 429 with Retry-After when a throttle refused the attempt; `{seconds}` in the message is the wait. */
export function refuseWhenThrottled(claim: Claim, reply: FastifyReply, message: string): void {
  if (claim.allowed) return;
  const wait = claim.retryAfterSeconds;
  reply.header('retry-after', String(wait));
  throw new HttpError(429, 'too-many-attempts', message.replace('{seconds}', String(wait)), {
    retryAfterSeconds: wait,
  });
}
