#!/usr/bin/env node
/**
 * `npm start`: compiles the server to dist/server when it is missing or older than the sources,
 * builds the web app when dist/web is missing or older than src/web or src/engine, then runs the
 * compiled server (plain node, no tsx) in a child process, forwarding signals and its exit code.
 * The build tools (esbuild, vite) are dependencies, so this works after `npm ci --omit=dev`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { buildServer, SERVER_ENTRY, serverStaleReason } from './lib/server-build.mjs';
import { ROOT, staleReason } from './lib/web-build.mjs';

const serverReason = serverStaleReason();
if (serverReason) {
  console.log(`Compiling the server (${serverReason})...`);
  await buildServer();
}

const reason = staleReason();
if (reason) {
  console.log(`Building the web app (${reason})...`);
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    console.error('The web app did not build; the server is not started.');
    process.exit(built.status ?? 1);
  }
}

const server = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  // A server ended by a signal exits as shells report it: 128 + the signal's number.
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
