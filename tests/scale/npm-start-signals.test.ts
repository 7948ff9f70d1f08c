import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm start` under a process manager: SIGTERM sent to npm reaches the
 * server, which stops taking connections, closes the database, logs
 * "stopped" and exits 0 (npm then exits 0 too). With `tsx src/server.ts`
 * npm died of the signal at once and left the server running without it.
 */
const root = join(import.meta.dirname, '..', '..');

async function expectCleanShutdown(npm: ChildProcess, output: () => string): Promise<void> {
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  let url = '';
  for (let i = 0; i < 400 && url === '' && npm.exitCode === null; i++) {
    url = /"url":"(http:\/\/[^"]+)"[^\n]*Claimtrail is listening/.exec(output())?.[1] ?? '';
    if (url === '') await new Promise((r) => setTimeout(r, 250));
  }
  expect(url, output()).not.toBe('');
  expect((await fetch(`${url}healthz`)).status).toBe(200);

  npm.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output()).toContain('"msg":"shutting down"');
  expect(output()).toContain('"msg":"stopped"');
  // The server is gone with npm, not left running on its own.
  expect(await fetch(`${url}healthz`).then(() => 'answered', () => 'refused')).toBe('refused');
}

describe('npm start and SIGTERM', { timeout: 120_000 }, () => {
  it('shuts the server down cleanly when npm gets SIGTERM', async () => {
    // A process group of its own, so whatever is left when the test fails can be stopped (finally below).
    const npm = spawn('npm', ['start'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', DEMO: 'false', NODE_ENV: 'test', LOG_LEVEL: 'info', SESSION_SECRET: 'npm-start-test-session-secret-32-chars' },
    });
    let log = '';
    npm.stdout?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    npm.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    try {
      await expectCleanShutdown(npm, () => log);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // Nothing left in the group: the expected case.
      }
    }
  });
});
