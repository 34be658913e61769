/** Every route the application serves, read from Fastify's own route tree. */
import type { FastifyInstance } from 'fastify';

/**
 * `app.printRoutes({ commonPrefix: false })` draws a tree ("├── /:id (GET, HEAD)"); each node's
 * path continues its parent's. Returns "METHOD /path" for every route, HEAD left out (Fastify
 * adds it to every GET).
 */
export function listRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const at = line.search(/[└├]── /);
    if (at < 0) continue;
    const depth = at / 4;
    const node = line.slice(at + 4);
    const m = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(node)!;
    const path = (depth === 0 ? '' : stack[depth - 1]!) + m[1]!;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (m[2] ?? '').split(',').map((s) => s.trim())) {
      if (method && method !== 'HEAD') routes.push(`${method} ${path}`);
    }
  }
  return [...new Set(routes)].sort();
}

/** The routes of the OpenAPI document, as "METHOD /path" with Fastify's :param syntax. */
export function openApiRoutes(doc: { paths: Record<string, Record<string, unknown>> }): string[] {
  const routes: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) {
      if (['get', 'put', 'post', 'patch', 'delete'].includes(method))
        routes.push(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`);
    }
  }
  return routes.sort();
}
