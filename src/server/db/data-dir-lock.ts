/**
 * One process owns a PGlite data folder: a second opener would corrupt it. The lock is a file
 * created exclusively (O_EXCL) holding the owner's pid; a lock left by a process that no longer
 * runs (a crash, kill -9) is taken over, one that a live process holds is refused.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${pid}. Stop that process, or give this one another DATA_DIR (or a DATABASE_URL for PostgreSQL, which many processes can share).`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  path: string;
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'alliances.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8').trim());
      // This very process counts as live too: a second PGlite on the same folder corrupts it all the same.
      if (Number.isInteger(owner) && owner > 0 && (owner === process.pid || isRunning(owner))) {
        throw new DataDirLockedError(dataDir, owner);
      }
      // A stale lock: its owner is gone. Remove it and try once more.
      unlinkSync(path);
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
