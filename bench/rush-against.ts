/**
 * `npm run bench:rush -- --against REV`: this checkout's rush next to an earlier commit's, on the
 * same machine, in alternating runs.
 *
 * Why alternating: on a shared machine the same code's CPU per operation drifts by a quarter
 * over an hour, so one run of each, minutes apart, says more about the machine than about the
 * code. Each pair runs the earlier commit and then this checkout (or the other way round, turn
 * about), and the ratio is taken over all pairs.
 *
 * The earlier commit is cloned from this repository into a folder of its own under the system's
 * temporary folder and installed there with `npm ci` once; its own `bench:rush` runs unchanged,
 * so what it measures is that commit's server as it was. Both must print the lines
 * `operations: … = N ops/s` and `acknowledged: A, found after restart: F, hashes intact: H`.
 *
 * The last line is `ratio to REV: N` (this checkout's operations/s ÷ the earlier commit's).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RushFigures {
  opsPerSecond: number;
  acknowledged: number;
  found: number;
  intact: number;
}

/** The figures of one `bench:rush` run on PostgreSQL, read from what it printed. */
export function rushFigures(output: string): RushFigures {
  const ops = /^operations: \d+ in [\d.]+ s = ([\d.]+) ops\/s$/m.exec(output);
  const crash = /^acknowledged: (\d+), found after restart: (\d+), hashes intact: (\d+)$/m.exec(output);
  if (!ops || !crash) throw new Error(`a rush printed no figures:\n${output.slice(-2000)}`);
  return {
    opsPerSecond: Number(ops[1]),
    acknowledged: Number(crash[1]),
    found: Number(crash[2]),
    intact: Number(crash[3]),
  };
}

function git(args: string[], cwd = REPOSITORY_ROOT): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** A clone of the repository at `revision`, installed; kept between runs. */
function checkoutOf(revision: string): { folder: string; commit: string } {
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  } catch {
    throw new Error(`--against: expected a commit of this repository, got "${revision}"`);
  }
  const folder = join(tmpdir(), `alliances-rush-${commit.slice(0, 12)}`);
  if (!existsSync(join(folder, 'node_modules'))) {
    mkdirSync(folder, { recursive: true });
    if (!existsSync(join(folder, '.git')))
      git(['clone', '--quiet', '--no-checkout', REPOSITORY_ROOT, folder]);
    git(['checkout', '--quiet', '--detach', commit], folder);
    console.log(`installing ${commit.slice(0, 12)} in ${folder} (npm ci)`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'ignore' });
  }
  return { folder, commit };
}

/** One `bench:rush` on PostgreSQL in `folder`, its output kept for the figures. */
function runRush(folder: string, applicants: number, minutes: number): Promise<RushFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npm',
      [
        'run',
        'bench:rush',
        '--',
        '--db',
        'postgres',
        '--applicants',
        String(applicants),
        '--minutes',
        String(minutes),
      ],
      { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        reject(new Error(`bench:rush in ${folder} ended with ${code}:\n${output.slice(-2000)}`));
      else {
        try {
          resolve(rushFigures(output));
        } catch (error) {
          reject(error);
        }
      }
    });
  });
}

const lost = (f: RushFigures) => f.acknowledged - Math.min(f.found, f.intact);
const line = (who: string, f: RushFigures) =>
  `${who.padEnd(14)} ${f.opsPerSecond.toFixed(1).padStart(7)} ops/s   acknowledged ${f.acknowledged}, lost or damaged ${lost(f)}`;

export async function rushAgainst(
  revision: string,
  options: { pairs: number; applicants: number; minutes: number },
): Promise<void> {
  const earlier = checkoutOf(revision);
  const short = earlier.commit.slice(0, 7);
  const here = git(['rev-parse', '--short=7', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  const thisName = `this (${here}${dirty ? '+' : ''})`;
  console.log(
    `== PostgreSQL: ${thisName} against ${short}, ${options.pairs} alternating pair${options.pairs === 1 ? '' : 's'} of ${options.minutes} min with ${options.applicants} applicants`,
  );
  const runs: { earlier: RushFigures[]; here: RushFigures[] } = { earlier: [], here: [] };
  for (let pair = 1; pair <= options.pairs; pair++) {
    // Turn about: which one runs first alternates, so a drifting machine favours neither.
    const order = pair % 2 === 1 ? (['earlier', 'here'] as const) : (['here', 'earlier'] as const);
    for (const who of order) {
      const figures = await runRush(
        who === 'earlier' ? earlier.folder : REPOSITORY_ROOT,
        options.applicants,
        options.minutes,
      );
      runs[who].push(figures);
      console.log(`pair ${pair}: ${line(who === 'earlier' ? short : thisName, figures)}`);
    }
  }
  const total = (fs: RushFigures[]) => fs.reduce((sum, f) => sum + f.opsPerSecond, 0);
  const mean = (fs: RushFigures[]) => total(fs) / fs.length;
  console.log(
    `mean: ${short} ${mean(runs.earlier).toFixed(1)} ops/s, ${thisName} ${mean(runs.here).toFixed(1)} ops/s`,
  );
  const lostHere = runs.here.reduce((sum, f) => sum + lost(f), 0);
  const lostEarlier = runs.earlier.reduce((sum, f) => sum + lost(f), 0);
  console.log(`lost or damaged after kill -9: ${short} ${lostEarlier}, ${thisName} ${lostHere}`);
  console.log(`ratio to ${short}: ${(total(runs.here) / total(runs.earlier)).toFixed(2)}`);
}
