#!/usr/bin/env node
// The `alliances` command: runs the compiled JavaScript in dist/cli, compiling it first when it is
// missing or older than the sources (esbuild, a fraction of a second), so a checkout works as is.
import { pathToFileURL } from 'node:url';
import { buildServer, CLI_ENTRY, serverStaleReason } from '../scripts/lib/server-build.mjs';

if (serverStaleReason()) await buildServer();
const { main } = await import(pathToFileURL(CLI_ENTRY).href);
main();
