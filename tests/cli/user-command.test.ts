import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.js';
import { verifyPassword } from '../../src/users/hash-password.js';

const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli user', { timeout: 240_000 }, () => {
  it('adds the first admin with the password from stdin, never printing it, and lists accounts', async () => {
    const added = cli(['user', 'add', '--email', 'Admin@Example.org', '--name', 'Ada Admin', '--role', 'admin', '--password-stdin'], 'a long admin password\n');
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/^created admin admin@example\.org \(id \d+\)\n$/);
    expect(added.stdout + added.stderr).not.toContain('a long admin password');

    const listed = cli(['user', 'list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('admin   admin@example.org  Ada Admin');

    const db = await openDatabase({ dataDir });
    try {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } });
      expect(user.role).toBe('admin');
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash, 'a long admin password')).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('refuses a short password, a taken email, a bad role, and a missing terminal, with a message and exit code 1', () => {
    expect(cli(['user', 'add', '--email', 'b@example.org', '--name', 'B', '--password-stdin'], 'short\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('password: must be at least 10 characters') });
    expect(cli(['user', 'add', '--email', 'admin@example.org', '--name', 'Again', '--password-stdin'], 'another long password\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('already exists') });
    expect(cli(['user', 'add', '--email', 'c@example.org', '--name', 'C', '--role', 'boss', '--password-stdin'], 'another long password\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('unknown role') });
    expect(cli(['user', 'add', '--email', 'c@example.org', '--name', 'C'])).toMatchObject({ status: 1, stderr: expect.stringContaining('use --password-stdin') });
  });

  it('reextract refuses an unknown article', () => {
    expect(cli(['reextract', '424242'])).toMatchObject({ status: 1, stderr: 'error: no article 424242\n' });
  });
});
