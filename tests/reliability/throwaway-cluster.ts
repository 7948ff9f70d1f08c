import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of this test's own (scripts/pg-throwaway.sh with a
 * private PG_THROWAWAY_STATE), so it can be stopped and started again without
 * touching the suite's shared TEST_DATABASE_URL server.
 */
export interface ThrowawayCluster {
  url: string;
  /** Stops the server at once (`pg_ctl -m immediate`): connections drop as in a crash. */
  kill(): void;
  /** Starts the stopped server again on the same port and data. */
  restart(): void;
  /** Stops it and removes its folder. */
  remove(): void;
}

/** Whether PostgreSQL server binaries are installed (else the tests skip). */
export function postgresInstalled(): boolean {
  try {
    execFileSync('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/initdb || command -v pg_config'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function startThrowawayCluster(): ThrowawayCluster {
  const stateDir = mkdtempSync(join(tmpdir(), 'claimtrail-reliability-pg-'));
  // Durable settings (fsync, synchronous commit): a crash test proves nothing on a server that may drop its last commits.
  const env = { ...process.env, PG_THROWAWAY_STATE: join(stateDir, 'state'), PG_THROWAWAY_DURABLE: '1' };
  const url = execFileSync('sh', ['scripts/pg-throwaway.sh', 'start'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const [dir, port, owner, bin] = readFileSync(env.PG_THROWAWAY_STATE, 'utf8').split('\n');
  const asOwner = (args: string[]) => {
    const command = process.getuid?.() === 0 ? ['runuser', '-u', owner!, '--', ...args] : args;
    execFileSync(command[0]!, command.slice(1), { stdio: 'ignore', timeout: 120_000 });
  };
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  return {
    url,
    kill: () => asOwner([`${bin}/pg_ctl`, '-D', `${dir}/data`, '-m', 'immediate', '-w', 'stop']),
    restart: () => asOwner([`${bin}/pg_ctl`, '-D', `${dir}/data`, '-l', `${dir}/server.log`, '-w', '-t', '60', '-o', options, 'start']),
    remove: () => {
      try {
        execFileSync('sh', ['scripts/pg-throwaway.sh', 'stop'], { env, stdio: 'ignore' });
      } finally {
        rmSync(stateDir, { recursive: true, force: true });
      }
    },
  };
}
