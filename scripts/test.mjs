#!/usr/bin/env node
/**
 * `npm test`: type check, lint, then every test suite with an explicit file list.
 *
 *   unit         src/**\/*.test.ts(x) and tests/unit: pure code, no services
 *   integration  *.int.test.ts: the server and storage, run once on PGlite and once on PostgreSQL
 *   browser      tests/e2e/*.e2e.test.ts: the web app in Debian Chromium
 *
 * PostgreSQL and Chromium suites say plainly when they are skipped because the service is
 * absent. REQUIRE_POSTGRES=1 and REQUIRE_BROWSER=1 (set by .ci/run) turn a skip into a failure.
 *
 *   node scripts/test.mjs                  everything
 *   node scripts/test.mjs --skip-static    without the type check and lint
 *   node scripts/test.mjs FILE...          only these test files (integration files on both databases)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from './lib/web-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const skipStatic = args.includes('--skip-static');
const onlyFiles = args.filter((a) => !a.startsWith('--'));
const requirePostgres = process.env.REQUIRE_POSTGRES === '1';
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const results = [];
function step(name, command, commandArgs, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const run = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  results.push({ name, status: ok ? 'passed' : 'FAILED', seconds });
  return ok;
}

function skip(name, reason) {
  console.log(`\n=== ${name}\nSKIPPED: ${reason}`);
  results.push({ name, status: `SKIPPED (${reason})`, seconds: '0.0' });
}

function fail(name, reason) {
  console.log(`\n=== ${name}\nFAILED: ${reason}`);
  results.push({ name, status: `FAILED (${reason})`, seconds: '0.0' });
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const all = [...walk(join(root, 'src')), ...walk(join(root, 'tests'))]
  .filter((f) => /\.test\.tsx?$/.test(f))
  .map((f) => relative(root, f))
  .sort();
const chosen =
  onlyFiles.length > 0 ? all.filter((f) => onlyFiles.some((o) => f === o || f.endsWith(o))) : all;
if (onlyFiles.length > 0 && chosen.length === 0) {
  console.error(`No test file matches ${onlyFiles.join(' ')}`);
  process.exit(1);
}
const browser = chosen.filter((f) => f.endsWith('.e2e.test.ts'));
const integration = chosen.filter((f) => f.endsWith('.int.test.ts'));
const unit = chosen.filter((f) => !browser.includes(f) && !integration.includes(f));

async function postgresReachable() {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const nodeTest = (files) => [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=2',
  '--test-reporter=spec',
  ...files,
];

if (!skipStatic && onlyFiles.length === 0) {
  step('type check (tsc)', process.execPath, [
    join(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    'tsconfig.json',
  ]);
  step('lint (biome)', process.execPath, [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'check', '.']);
}

if (unit.length > 0) step(`unit tests (${unit.length} files)`, process.execPath, nodeTest(unit));

if (integration.length > 0) {
  step(`integration tests on PGlite (${integration.length} files)`, process.execPath, nodeTest(integration), {
    TEST_DATABASE: 'pglite',
  });
  const name = `integration tests on PostgreSQL (${integration.length} files)`;
  if (await postgresReachable()) {
    step(name, process.execPath, nodeTest(integration), {
      TEST_DATABASE: 'postgres',
      TEST_POSTGRES_URL: POSTGRES_URL,
    });
  } else if (requirePostgres) {
    fail(name, `no PostgreSQL server at ${POSTGRES_URL}`);
  } else {
    skip(name, `no PostgreSQL server at ${POSTGRES_URL}; start one or set TEST_POSTGRES_URL`);
  }
}

if (browser.length > 0) {
  const name = `browser tests in Chromium (${browser.length} files)`;
  if (existsSync(CHROMIUM)) {
    // The browser suites load dist/web: build it first when src/web or src/engine is newer.
    const reason = staleReason();
    const built =
      !reason ||
      step(`build the web app (${reason})`, process.execPath, [join(root, 'scripts/build-web.mjs')]);
    if (!built) fail(name, 'the web app did not build');
    else
      step(
        name,
        process.execPath,
        ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...browser],
        {
          CHROMIUM_PATH: CHROMIUM,
        },
      );
  } else if (requireBrowser) {
    fail(name, `Chromium not found at ${CHROMIUM}`);
  } else {
    skip(name, `Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium`);
  }
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.status.padEnd(9)} ${r.name} (${r.seconds} s)`);
const failed = results.some((r) => r.status.startsWith('FAILED'));
if (results.length === 0) {
  console.log('FAILED: no tests were found');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
