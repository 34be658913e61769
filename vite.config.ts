/**
 * The applicant's web app: a single-page app in src/web, built to dist/web, which the server
 * serves at `/` (src/server/app.ts). The engines in src/engine are imported as they are, so the
 * browser runs the same eligibility and budget code as the server.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${root}src/web`,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${root}dist/web`,
    emptyOutDir: true,
    // The budget of the first load is checked by scripts/build-web.mjs; no warning needed here.
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://localhost:3200' },
  },
});
