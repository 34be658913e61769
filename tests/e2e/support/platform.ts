/**
 * A platform for one browser test file: PGlite in memory, the demo data with a known password,
 * the built web app (built first if src/web or src/engine changed), listening on a random port.
 */
import { buildWeb, sizeLine, staleReason } from '../../../scripts/lib/web-build.mjs';
import type { Clock } from '../../../src/server/clock.ts';
import { createPlatform, type Platform } from '../../../src/server/start.ts';
import { TestClient } from '../../support/client.ts';
import { DEMO_PASSWORD } from '../../support/platform.ts';

export { DEMO_PASSWORD };

export interface WebPlatform {
  platform: Platform;
  baseUrl: string;
  /** Demo account e-mail by key: coordinator, partner1, officer, admin, ... */
  email(key: string): string;
  /** An API client signed in as a demo account, for setting up what a test does not click through. */
  api(key: string): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startWebPlatform(
  options: { clock?: Clock; demoEvaluation?: boolean; deadlineWarningIntervalMs?: number } = {},
): Promise<WebPlatform> {
  const reason = staleReason();
  if (reason) {
    // Running one file directly (node --test): build as `npm test` would have.
    console.log(`building the web app (${reason})`);
    console.log(sizeLine(await buildWeb({ quiet: true })).text);
  }
  const platform = await createPlatform({
    demoPassword: DEMO_PASSWORD,
    // The closed demo call with its submitted proposals and two more experts, as `npm start` seeds.
    demoEvaluation: options.demoEvaluation ?? false,
    ...(options.clock && { clock: options.clock }),
    ...(options.deadlineWarningIntervalMs !== undefined && {
      deadlineWarningIntervalMs: options.deadlineWarningIntervalMs,
    }),
  });
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the platform did not listen on a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  // Invitation e-mails link to the address the platform is reached at.
  platform.deps.publicUrl = baseUrl;
  const emails = new Map((platform.seeded ?? []).map((a) => [a.email.split('@')[0]!, a.email]));
  return {
    platform,
    baseUrl,
    email: (key) => emails.get(key) ?? key,
    api: async (key) => new TestClient(platform.app).signIn(emails.get(key) ?? key, DEMO_PASSWORD),
    close: () => platform.close(),
  };
}
