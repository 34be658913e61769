#!/usr/bin/env node
/**
 * `npm run build`: compiles the server and the `alliances` command to dist/server and dist/cli,
 * and builds the web app to dist/web. `npm start` does the same by itself when dist/ is missing
 * or older than the sources; a deployment runs this once while building its image.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildServer, ROOT } from './lib/server-build.mjs';

await buildServer();
console.log('Compiled the server and the command line to dist/server and dist/cli.');
const web = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(web.status ?? 1);
