/**
 * A platform for one test file, on the database the test run asks for: TEST_DATABASE=pglite
 * (default, in memory) or TEST_DATABASE=postgres (a fresh database on TEST_POSTGRES_URL,
 * dropped afterwards). The demo accounts all get DEMO_PASSWORD.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Clock } from '../../src/server/clock.ts';
import { createPlatform, type Platform, type StartOptions } from '../../src/server/start.ts';
import { TestClient } from './client.ts';

export const DEMO_PASSWORD = 'demo-password-for-tests';
export const TEST_DATABASE = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestPlatform extends Platform {
  client(): TestClient;
  /** A client signed in as a demo account: coordinator, partner1, partner2, officer, expert1..3, admin. */
  as(key: string): Promise<TestClient>;
  databaseUrl: string | undefined;
}

/** A new empty PostgreSQL database; returns its URL and a function that drops it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `alliances_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function testPlatform(
  options: { clock?: Clock } & Partial<StartOptions> = {},
): Promise<TestPlatform> {
  let drop: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  if (TEST_DATABASE === 'postgres') {
    const fresh = await freshPostgresDatabase();
    databaseUrl = fresh.url;
    drop = fresh.drop;
  }
  const platform = await createPlatform({
    demoPassword: DEMO_PASSWORD,
    databaseUrl,
    checkResponses: true,
    ...options,
  });
  const emails: Record<string, string> = {};
  for (const a of platform.seeded ?? []) emails[a.email.split('@')[0]!] = a.email;
  return {
    ...platform,
    databaseUrl,
    client: () => new TestClient(platform.app),
    as: async (key: string) => {
      const c = new TestClient(platform.app);
      await c.signIn(emails[key] ?? key, DEMO_PASSWORD);
      return c;
    },
    close: async () => {
      await platform.close();
      await drop?.();
    },
  };
}
