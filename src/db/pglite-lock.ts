import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '../errors.js';

/** Lock files held by this process (a pid equal to ours found on disk but not here is stale: a restart reused it). */
const held = new Set<string>();

/**
 * Takes the lock file `path` for the embedded database: PGlite has no
 * locking of its own, and two processes (or two opens in one process) on one
 * data folder corrupt it. A lock left by a dead process is taken over.
 * Returns the release function.
 */
export function lockDataFolder(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      held.add(path);
      return () => {
        if (held.delete(path)) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (held.has(path) || (owner !== process.pid && isAlive(owner))) {
        throw new AppError('DATABASE_UNAVAILABLE', {
          message: `The embedded database is already open (${path}, process ${owner}): stop that process or use DATABASE_URL.`,
        });
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('DATABASE_UNAVAILABLE', { message: `Cannot take the lock ${path}` });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
