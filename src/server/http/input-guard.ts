/**
 * Input the routes' schemas never see: JSON nested deeper than any request needs (parsing and
 * validating it recursively would exhaust the stack), and text the database cannot store (a NUL
 * character; half of a surrogate pair, which is no UTF-8). Both are refused with 400 naming the
 * field before any route runs, so every route is covered, including those written later.
 */
import type { FastifyInstance } from 'fastify';
import type { InputProblem } from '../../engine/eligibility/proposal-input.ts';
import { formatPath, show } from '../../engine/field-path.ts';
import { badRequest } from '../errors.ts';

/** The deepest request body needs about 6 levels; 64 leaves room and keeps recursion shallow. */
export const MAX_DEPTH = 64;

/** How deep the brackets of a JSON text go, read without parsing it (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}

const EXPECTED_TEXT = 'text without NUL characters or unpaired surrogates';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function storable(text: string): boolean {
  return !text.includes('\u0000') && !UNPAIRED.test(text);
}

/**
 * The first place in a parsed value holding text that cannot be stored (a string, or a field's
 * name), walked without recursion; undefined when all text can be stored.
 */
export function unstorableText(value: unknown): { path: PropertyKey[]; got: string } | undefined {
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (!storable(node)) return { path, got: show(node) };
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) stack.push({ node: node[i], path: [...path, i] });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (!storable(key)) return { path: [...path, key], got: show(key) };
        stack.push({ node: item, path: [...path, key] });
      }
    }
  }
  return undefined;
}

export function registerInputGuard(app: FastifyInstance): void {
  // __proto__ and constructor keys are parsed as plain keys and then refused by the route with a
  // message that names them (src/server/http/route.ts); JSON.parse never touches a prototype.
  const parseJson = app.getDefaultJsonParser('ignore', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (jsonDepth(body as string) > MAX_DEPTH) {
      const problem = {
        field: '(body)',
        expected: `JSON nested at most ${MAX_DEPTH} levels deep`,
        got: 'deeper',
      };
      done(badRequest([problem]), undefined);
      return;
    }
    parseJson(req, body as string, done);
  });
  app.addHook('preValidation', async (req) => {
    const parts: [unknown, (field: string) => string][] = [
      [req.params, (f) => `params.${f}`],
      [req.query, (f) => `query.${f}`],
      [req.body, (f) => f || '(body)'],
    ];
    for (const [value, name] of parts) {
      const found = unstorableText(value);
      if (found) {
        const problem: InputProblem = {
          field: name(formatPath(found.path)),
          expected: EXPECTED_TEXT,
          got: found.got,
        };
        throw badRequest([problem]);
      }
    }
  });
}
