/**
 * Building the web app and knowing when it needs building: shared by `npm run build:web`,
 * `npm start` and the browser test suite, so all three agree on what "up to date" means.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_INDEX = join(ROOT, 'dist/web/index.html');
/** What the built app is made of: its own code, the engines it imports, and the build config. */
const INPUTS = [join(ROOT, 'src/web'), join(ROOT, 'src/engine'), join(ROOT, 'vite.config.ts')];
/** The most JavaScript a first visit may download, gzip-compressed. */
export const INITIAL_JS_LIMIT_KB = 200;

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** Why the web app must be (re)built, or undefined when dist/web is newer than every input. */
export function staleReason() {
  if (!existsSync(WEB_INDEX)) return 'dist/web/index.html is missing';
  const built = statSync(WEB_INDEX).mtimeMs;
  const newest = Math.max(...INPUTS.map(newestMtime));
  return newest > built ? 'src/web or src/engine changed since the last build' : undefined;
}

/**
 * The JavaScript a first visit loads: the entry chunk and, transitively, the chunks it imports
 * statically. Lazily imported chunks (the proposal editor with the engines) are not counted.
 */
export function initialJavaScript(output) {
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !chunks.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const files = [...seen].map((name) => ({
    name,
    gzipBytes: gzipSync(chunks.get(name).code, { level: 9 }).length,
  }));
  const lazy = [...chunks.values()]
    .filter((c) => !seen.has(c.fileName))
    .map((c) => ({ name: c.fileName, gzipBytes: gzipSync(c.code, { level: 9 }).length }));
  return { files, lazy, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

/** Runs the vite build; returns the size of the initial JavaScript. Throws when the build fails. */
export async function buildWeb({ quiet = false } = {}) {
  const { build } = await import('vite');
  const result = await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: quiet ? 'warn' : 'info',
  });
  const outputs = Array.isArray(result) ? result : [result];
  const output = outputs.flatMap((o) => ('output' in o ? o.output : []));
  return initialJavaScript(output);
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** The one line the build prints about the first load, and whether it is within the limit. */
export function sizeLine(size) {
  const ok = size.gzipBytes <= INITIAL_JS_LIMIT_KB * 1024;
  return {
    ok,
    text: `initial JavaScript: ${kb(size.gzipBytes)} KB gzip (${size.files.length} file${size.files.length === 1 ? '' : 's'}: ${size.files.map((f) => `${f.name} ${kb(f.gzipBytes)} KB`).join(', ')}); limit ${INITIAL_JS_LIMIT_KB} KB${ok ? '' : ' — OVER THE LIMIT'}`,
  };
}
