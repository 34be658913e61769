/** Errors that carry their HTTP status, code and details to the client. */
import type { InputProblem } from '../engine/eligibility/proposal-input.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (
  problems: InputProblem[],
  message = 'Some values need correcting; nothing was saved.',
) => new HttpError(400, 'bad-request', message, { problems });

export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'Sign in first.');

export const forbidden = (reason: string, code = 'forbidden') => new HttpError(403, code, reason);

export const notFound = (what: string) => new HttpError(404, 'not-found', `${what} was not found.`);

export const conflict = (message: string, details: Record<string, unknown>) =>
  new HttpError(409, 'conflict', message, details);

export const unprocessable = (message: string, details: Record<string, unknown>) =>
  new HttpError(422, 'unprocessable', message, details);
