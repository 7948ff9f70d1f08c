import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [tsxCli, join(root, 'src/cli.ts'), 'ingest', ...args], {
    cwd: root, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LOG_LEVEL: 'silent', NODE_ENV: 'test' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli ingest', () => {
  it('stores a folder and a CSV, reports the failing row with its place, prints plain progress off a TTY; a second run skips everything', () => {
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), 'Erster Artikel\n\nDer Minister sagte, die Lage sei ernst.');
    writeFileSync(join(dir, 'in', 'sub', 'b.md'), '# Zweiter Artikel\n\nDie Sprecherin erklärte, alles sei ruhig.');
    writeFileSync(join(dir, 'feed.csv'), "Politik;'Der Trainer sagte, das Spiel sei vorbei.'\nLeer;''\n");
    const first = cli(join(dir, 'in'), join(dir, 'feed.csv'), '--delimiter', ';', '--quote', "'", '--no-header', '--text-column', '1', '--workers', '1');
    expect(first.stdout).toContain('stored  3');
    expect(first.stdout).toContain('failed  1');
    expect(first.stdout).toContain(`${join(dir, 'feed.csv')}:2: no text`);
    expect(first.stderr).toMatch(/ingest: \d+\/4 \(stored \d+, skipped \d+, failed \d+\)/);
    expect(first.status).toBe(1);
    const again = cli(join(dir, 'in'), '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ total: 2, stored: 0, skipped: 2, failed: 0, interrupted: false });
    expect(again.status).toBe(0);
  }, 300_000);
});
