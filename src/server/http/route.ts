/**
 * Routes with zod schemas (src/contracts): the same schema validates the request (400 naming
 * every field that is wrong, and nothing written) and documents it in the OpenAPI document. The
 * response schema types the handler's result (returning another shape is a type error, so the
 * web app, which reads the same contracts, follows every change) and, where the application is
 * built to check responses (the tests), the serialised result is parsed with it: a response that
 * drifts from its contract answers 500 instead of reaching a client.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { InputProblem } from '../../engine/eligibility/proposal-input.ts';
import { formatPath, show, valueAt } from '../../engine/field-path.ts';
import { forbiddenKeyProblems } from '../../engine/forbidden-names.ts';
import type { Actor, SessionInfo } from '../auth/actor.ts';
import { badRequest, HttpError, unauthenticated } from '../errors.ts';
import { type ProblemCode, problemCode } from './problem-codes.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HandlerContext<P, Q, B> {
  req: FastifyRequest;
  reply: FastifyReply;
  params: P;
  query: Q;
  body: B;
  actor: Actor | undefined;
  session: SessionInfo | undefined;
}

/**
 * What a handler may return for a response schema: its JSON before serialisation, or the reply
 * when the handler sent it itself (a file in another format).
 */
export type ResponseOf<R> = R extends z.ZodType ? z.input<R> | FastifyReply : unknown;

export interface RouteSpec<P, Q, B, R extends z.ZodType | undefined = undefined> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  /** required: a signed-in account (401 otherwise); optional: anyone, actor when signed in. */
  auth: 'required' | 'optional';
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Documents a body the handler validates itself (with messages of its own). */
  docBody?: z.ZodType;
  /** The success response (src/contracts); every JSON route has one. */
  response?: R;
  /** The response is a file, not JSON (documented as such). */
  produces?: string;
  handler(ctx: HandlerContext<P, Q, B>): Promise<ResponseOf<R>>;
}

/**
 * The issues of a failed parse as problems, each at the path of its field. A field that a strict
 * object does not know is named itself (zod reports it at the object that holds it).
 */
export function issueProblems(issues: z.core.$ZodIssue[], value: unknown): IssueProblem[] {
  return issues.flatMap((issue): IssueProblem[] => {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        expected: 'no such field (remove it)',
        got: show(valueAt(value, [...path, key])),
        code: 'unknown_field',
      }));
    }
    const got = valueAt(value, path);
    return [{ path, expected: issue.message, got: show(got), ...problemCode(issue, got) }];
  });
}

/** A zod issue at its path, in English (expected, got) and as a code with params for the web app. */
export interface IssueProblem extends ProblemCode {
  path: PropertyKey[];
  expected: string;
  got: string;
}

/** Parses one part of the request; every issue becomes a problem naming its field. */
export function parsePart<T>(schema: z.ZodType<T>, value: unknown, part: 'body' | 'query' | 'params'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems: InputProblem[] = issueProblems(result.error.issues, value).map(({ path, ...rest }) => {
    const field = formatPath(path);
    return { ...rest, field: part === 'body' ? field || '(body)' : `${part}.${field}` };
  });
  throw badRequest(problems);
}

/** No key of a body or query string may be __proto__, constructor or prototype (src/engine/forbidden-names.ts). */
function rejectForbiddenKeys(body: unknown, query: unknown): void {
  const problems = [...forbiddenKeyProblems(body), ...forbiddenKeyProblems(query, 'query')].map((p) => ({
    ...p,
    field: p.field.startsWith('query.') ? p.field : p.field || '(body)',
  }));
  if (problems.length > 0)
    throw badRequest(problems, 'The keys __proto__, constructor and prototype are not allowed in a request.');
}

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' });

/** The applications whose responses are parsed with their schemas (see buildApp's option). */
const CHECKED = new WeakSet<FastifyInstance>();

/** From now on, every response of this application is parsed with its route's schema. */
export function checkResponses(app: FastifyInstance): void {
  CHECKED.add(app);
}

/** The serialised result parsed with the response schema; a mismatch names every field. */
function assertResponse(schema: z.ZodType, result: unknown, route: string): void {
  const json = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  const parsed = schema.safeParse(json);
  if (parsed.success) return;
  const problems = issueProblems(parsed.error.issues, json).map(
    (p) => `${formatPath(p.path) || '(response)'}: expected ${p.expected}, got ${p.got}`,
  );
  throw new HttpError(500, 'response-contract', `${route} answered outside its contract.`, { problems });
}

export function addRoute<P = unknown, Q = unknown, B = unknown, R extends z.ZodType | undefined = undefined>(
  app: FastifyInstance,
  spec: RouteSpec<P, Q, B, R>,
): void {
  const schema: Record<string, unknown> = { summary: spec.summary, tags: spec.tags };
  if (spec.params) schema.params = jsonSchema(spec.params);
  if (spec.query) schema.querystring = jsonSchema(spec.query);
  if (spec.body ?? spec.docBody) schema.body = jsonSchema((spec.body ?? spec.docBody)!);
  if (spec.response) schema.response = { '2xx': jsonSchema(spec.response, 'output') };
  if (spec.produces) {
    schema.produces = [spec.produces];
    schema.response = {
      '2xx': {
        description: 'The file',
        content: { [spec.produces]: { schema: { type: 'string', format: 'binary' } } },
      },
    };
  }
  if (spec.auth === 'required') schema.security = [{ session: [] }];
  app.route({
    method: spec.method,
    url: spec.url,
    schema,
    handler: async (req, reply) => {
      const session = req.session;
      if (spec.auth === 'required' && !session) throw unauthenticated();
      rejectForbiddenKeys(req.body, req.query);
      const params = spec.params ? parsePart(spec.params, req.params, 'params') : (req.params as P);
      const query = spec.query ? parsePart(spec.query, req.query, 'query') : (req.query as Q);
      const body = spec.body ? parsePart(spec.body, req.body ?? undefined, 'body') : (req.body as B);
      const result = await spec.handler({ req, reply, params, query, body, actor: session?.actor, session });
      if (reply.sent) return reply;
      if (spec.response && CHECKED.has(app))
        assertResponse(spec.response, result, `${spec.method} ${spec.url}`);
      return result;
    },
  });
}

export { HttpError };
