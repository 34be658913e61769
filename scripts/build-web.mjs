#!/usr/bin/env node
/**
 * `npm run build:web`: builds src/web into dist/web with vite, then prints the size of the
 * JavaScript a first visit downloads (the entry chunk and its static imports, gzip) and fails
 * when it is over the limit, so the editor and the engines stay lazily loaded.
 */
import { buildWeb, kb, sizeLine } from './lib/web-build.mjs';

try {
  const size = await buildWeb();
  for (const chunk of size.lazy.sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    console.log(`  lazy chunk ${chunk.name}: ${kb(chunk.gzipBytes)} KB gzip`);
  }
  const line = sizeLine(size);
  console.log(line.text);
  process.exit(line.ok ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
