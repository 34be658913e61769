/**
 * The production build: `npm ci --omit=dev && npm start` must work, so what `npm start` and the
 * `alliances` command run is compiled JavaScript whose packages are all production dependencies,
 * and the compiled server and command find the rules and the web app from dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildServer, CLI_ENTRY, SERVER_ENTRY } from '../../scripts/lib/server-build.mjs';
import { REPOSITORY_ROOT, type ServerProcess, startServer } from '../support/server-process.ts';

const pkg = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8'));
const production = new Set(Object.keys(pkg.dependencies));

/** The packages a file imports by name ("fastify", "@fastify/cookie"), without node's own. */
function packagesImported(file: string): Set<string> {
  const code = readFileSync(file, 'utf8');
  const names = new Set<string>();
  const statements = [
    ...code.matchAll(/^\s*(?:import|export)\b[^'"`;=()]*?["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*\}\s*from\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ];
  for (const m of statements) {
    const spec = m[1]!;
    if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!))
      continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  return names;
}

describe('the production build', () => {
  before(async () => {
    await buildServer();
  });

  it('what npm start and the alliances command load imports production dependencies only', () => {
    const files = [
      SERVER_ENTRY,
      CLI_ENTRY,
      join(REPOSITORY_ROOT, 'bin/alliances.mjs'),
      join(REPOSITORY_ROOT, 'scripts/start.mjs'),
      join(REPOSITORY_ROOT, 'scripts/build.mjs'),
      join(REPOSITORY_ROOT, 'scripts/build-web.mjs'),
      join(REPOSITORY_ROOT, 'scripts/lib/server-build.mjs'),
      join(REPOSITORY_ROOT, 'scripts/lib/web-build.mjs'),
      join(REPOSITORY_ROOT, 'vite.config.ts'),
    ];
    const compiled = packagesImported(SERVER_ENTRY);
    assert.ok(compiled.has('fastify') && compiled.has('kysely'), 'the compiled server imports its packages');
    for (const file of files) {
      const dev = [...packagesImported(file)].filter((name) => !production.has(name));
      assert.deepEqual(dev, [], `${file.slice(REPOSITORY_ROOT.length)} imports non-production packages`);
    }
  });

  it('the alliances command runs from dist/cli without tsx and reads the rules', () => {
    const run = spawnSync(process.execPath, ['bin/alliances.mjs', 'calls', '--format', 'json'], {
      cwd: REPOSITORY_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    assert.equal(run.status, 0, run.stderr);
    const years = JSON.parse(run.stdout);
    assert.ok(JSON.stringify(years).includes('2021'), 'the call years come from rules/calls');
  });

  describe('the compiled server', () => {
    let folder: string;
    let server: ServerProcess;
    before(async () => {
      folder = mkdtempSync(join(tmpdir(), 'alliances-build-'));
      server = await startServer({ dataDir: join(folder, 'data'), compiled: true, readyTimeoutMs: 120_000 });
    });
    after(async () => {
      await server?.stop();
      rmSync(folder, { recursive: true, force: true });
    });

    it('starts on PGlite, seeds the demo call from rules/ and answers /healthz', async () => {
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      assert.equal((await health.json()).database, 'pglite');
      const calls = await fetch(`${server.url}/api/v1/calls`);
      assert.equal(calls.status, 200);
      assert.ok((await calls.text()).includes('ERASMUS-EDU'), 'the calls come from the rule book');
    });

    it('registers an applicant: the files the server reads beside its code (the common-password list) are found', async () => {
      const register = (password: string) =>
        fetch(`${server.url}/api/v1/auth/register`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: `build-${password.length}@example.org`,
            name: 'Build Check',
            password,
          }),
        });
      const common = await register('password1234');
      assert.equal(common.status, 400, await common.text());
      const fine = await register('a long and unusual passphrase');
      assert.equal(fine.status, 200, await fine.text());
    });
  });
});
