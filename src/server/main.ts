/**
 * `npm start`: the platform on PORT (default 3000), with PGlite in DATA_DIR (default ./data), or
 * PostgreSQL when DATABASE_URL is set.
 */
import { secureCookiesFromEnvironment } from './auth/cookie-settings.ts';
import { clockFromEnvironment } from './clock.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { trustProxyFromEnvironment } from './http/trust-proxy.ts';
import { createPlatform } from './start.ts';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;

try {
  const platform = await createPlatform({
    dataDir: env.DATABASE_URL ? undefined : (env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL,
    clock: clockFromEnvironment(env),
    demoPassword: env.ALLIANCES_DEMO_PASSWORD,
    demoEvaluation: env.ALLIANCES_DEMO_EVALUATION !== '0',
    publicUrl,
    secureCookies: secureCookiesFromEnvironment(env, publicUrl),
    logger: env.LOG === '1',
    trustProxy: trustProxyFromEnvironment(env.TRUST_PROXY),
    ...(env.REGISTRATIONS_PER_HOUR && { registrationsPerHour: Number(env.REGISTRATIONS_PER_HOUR) }),
  });
  const address = await platform.app.listen({ port, host });
  // One write for the whole banner: whoever waits for "running at" on the output (a supervisor,
  // the tests) then also has the one-time sign-in details, never half of it.
  const banner = [
    `Alliances is running at http://localhost:${port} (${address}); database: ${platform.database.description}`,
    `API documentation: http://localhost:${port}/api/docs`,
  ];
  if (platform.seeded) {
    banner.push(
      '',
      'First start: demo call, organisations and accounts created. Sign-in details (shown only this once):',
      ...platform.seeded.map(
        (a) => `  ${a.role.padEnd(9)} ${a.email.padEnd(38)} ${a.password}   ${a.purpose}`,
      ),
      '',
    );
  }
  console.log(banner.join('\n'));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await platform.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
