/**
 * Compiling the server and the `alliances` command to JavaScript, and knowing when that is
 * needed: shared by `npm run build`, `npm start` and bin/alliances.mjs, so a production install
 * (`npm ci --omit=dev`) runs plain node on dist/, without tsx.
 *
 * esbuild bundles our own TypeScript (one file per entry point) and leaves every package in
 * node_modules as an import, so native and WebAssembly packages (argon2, PGlite) load as they are.
 * Each entry lands two folders below the repository root (dist/server/main.js, dist/cli/main.js),
 * as src/node/load-rule-book.ts is: its `../..` from import.meta.url is the root in both, so the
 * rules in rules/ and the web app in dist/web are read at run time from the same places. For the
 * same reason there is no code splitting (a shared chunk would sit one folder higher).
 */
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The compiled entry points, by what they run. */
export const SERVER_ENTRY = join(ROOT, 'dist/server/main.js');
export const CLI_ENTRY = join(ROOT, 'dist/cli/main.js');
const ENTRIES = [
  { source: 'src/server/main.ts', out: SERVER_ENTRY },
  { source: 'src/cli/main.ts', out: CLI_ENTRY },
];

/** What the compiled code is made of: everything in src but the browser's app, and package.json. */
const INPUTS = ['src/server', 'src/engine', 'src/node', 'src/cli', 'package.json'].map((p) => join(ROOT, p));

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Why the server must be (re)compiled, or undefined when dist/ is newer than every input. */
export function serverStaleReason() {
  const missing = ENTRIES.find((e) => !existsSync(e.out));
  if (missing) return `${missing.out.slice(ROOT.length)} is missing`;
  const built = Math.min(...ENTRIES.map((e) => statSync(e.out).mtimeMs));
  const newest = Math.max(...INPUTS.map(newestMtime));
  return newest > built ? 'src changed since the last build' : undefined;
}

/**
 * Compiles both entry points. Each is written to a temporary name and renamed into place, so a
 * process starting at the same moment (two commands, two tests) reads the old or the new file
 * whole, never half of one.
 */
export async function buildServer() {
  const { build, stop } = await import('esbuild');
  const tag = `${process.pid}-${Date.now()}`;
  await Promise.all(
    ENTRIES.map(async ({ source, out }) => {
      const temporary = `${out}.${tag}.tmp`;
      await build({
        entryPoints: [join(ROOT, source)],
        outfile: temporary,
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: 'inline',
        logLevel: 'warning',
      });
      renameSync(temporary, out);
    }),
  );
  // esbuild's helper process would otherwise live as long as `npm start` does.
  await stop();
}
