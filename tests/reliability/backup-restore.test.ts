/**
 * Backup and restore (src/backup, `cli export` / `cli import`): a round trip
 * export -> import into a fresh database -> export is byte-identical apart
 * from the header's timestamp, on PGlite and (TEST_DATABASE_URL) PostgreSQL;
 * a non-empty database, a truncated or garbled file are refused and leave
 * the database as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoArticle } from '../../src/articles/load-demo-article.js';
import { ingestArticle } from '../../src/articles/ingest-article.js';
import { exportDatabase } from '../../src/backup/export-database.js';
import { importDatabase } from '../../src/backup/import-database.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import { AppError } from '../../src/errors.js';
import { authenticateUser } from '../../src/users/authenticate-user.js';
import { createUser } from '../../src/users/create-user.js';
import { pgliteTarget, postgresTarget, type DatabaseTarget } from '../db/database-targets.js';

const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'];
const targets: DatabaseTarget[] = [pgliteTarget()];
if (TEST_DATABASE_URL) targets.push(postgresTarget(TEST_DATABASE_URL));
else describe.skip('backup on PostgreSQL (TEST_DATABASE_URL not set)', () => it('needs TEST_DATABASE_URL', () => {}));

const tmp = mkdtempSync(join(tmpdir(), 'claimtrail-backup-'));
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  for (const target of targets) await target.dispose();
});
const NOW = new Date('2026-01-02T03:04:05.678Z');
let fileNo = 0;
const file = (name: string) => join(tmp, `${++fileNo}-${name}.jsonl`);

/** A database with every kind of row: demo article, users, an editor-ingested article (audited), odd text. */
async function populate(db: Database): Promise<void> {
  await loadDemoArticle(db, { maxBytes: 1 << 20 });
  const editor = await createUser(db, { email: 'ed@example.org', name: 'Ed "the" Editor ✓', role: 'editor', password: 'correct horse battery', actingUserId: null });
  await createUser(db, { email: 'ada@example.org', name: 'Ada', role: 'admin', password: 'another long password', actingUserId: editor.id });
  await ingestArticle(db, {
    title: 'Odd text: "quotes", \\backslash\\, emoji 🙂, RTL שלום',
    text: 'Laut Reuters sagte der Sprecher, die Lage sei „ernst“.\n\nTeheran wies das zurück: "Das ist falsch", hieß es. 🙂 مرحبا\tTab',
    outlet: 'Test\nOutlet',
    publishedAt: new Date('2025-05-06T07:08:09.123Z'),
    maxBytes: 1 << 20,
    userId: editor.id,
  });
  await db.prisma.session.create({ data: { sid: 'not-exported', data: { x: 1 }, expiresAt: new Date(Date.now() + 60_000) } });
}

async function counts(db: Database): Promise<Record<string, number>> {
  const p = db.prisma;
  return {
    articles: await p.article.count(), claims: await p.claim.count(), relays: await p.claimRelay.count(), relations: await p.claimRelation.count(),
    parties: await p.party.count(), partyAliases: await p.partyAlias.count(), actors: await p.actor.count(), actorAliases: await p.actorAlias.count(),
    users: await p.user.count(), audit: await p.auditEntry.count(), sessions: await p.session.count(),
  };
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

for (const target of targets) {
  describe(`backup on ${target.name}`, { timeout: 600_000 }, () => {
    it('round trip: export, import into a fresh database, export again: byte-identical; ids, sequences, hashes', async () => {
      const source = await openDatabase(await target.fresh());
      const first = file('first');
      const small = file('small-batches');
      const withHashes = file('with-hashes');
      let before: Record<string, number>;
      try {
        await populate(source);
        before = await counts(source);
        const header = await exportDatabase(source, { file: first, now: NOW });
        expect(header.counts.article).toBe(2);
        expect(header.counts.user).toBe(2);
        expect(header.counts.audit_entry).toBeGreaterThan(0);
        await exportDatabase(source, { file: small, now: NOW, batchSize: 3 });
        await exportDatabase(source, { file: withHashes, now: NOW, withPasswordHashes: true });
      } finally {
        await source.close();
      }
      const text = readFileSync(first, 'utf8');
      expect(readFileSync(small, 'utf8')).toBe(text); // keyset paging gives the same file
      const lines = text.trimEnd().split('\n');
      const header = JSON.parse(lines[0]!);
      expect(header).toMatchObject({ type: 'header', format: 'claimtrail-backup', version: 1, passwordHashes: false });
      expect(lines.length - 1).toBe(Object.values(header.counts as Record<string, number>).reduce((a, b) => a + b, 0));
      for (const line of lines.slice(1)) expect(JSON.parse(line)).toHaveProperty('type');
      expect(text).not.toContain('argon2');
      expect(text).not.toContain('not-exported');
      expect(readFileSync(withHashes, 'utf8')).toContain('$argon2id$');

      const restored = await openDatabase({ ...(await target.fresh()), seed: false });
      const again = file('again');
      try {
        const report = await importDatabase(restored, { file: first });
        expect(report.counts).toEqual(header.counts);
        await exportDatabase(restored, { file: again, now: new Date('2027-07-07T07:07:07.007Z') });
        const after = await counts(restored);
        expect(after).toEqual({ ...before!, sessions: 0 });
        // Sequences continue after the highest id.
        const maxArticle = await restored.prisma.article.aggregate({ _max: { id: true } });
        const next = await ingestArticle(restored, { title: 'After restore', text: 'Eine neue Meldung nach der Wiederherstellung.', maxBytes: 1 << 20 });
        expect(next.id).toBe((maxArticle._max.id ?? 0) + 1);
        // Without hashes nobody can sign in until given a new password.
        expect(await code(authenticateUser(restored, { login: 'ed@example.org', password: 'correct horse battery' }))).toBe('LOGIN_FAILED');
      } finally {
        await restored.close();
      }
      const second = readFileSync(again, 'utf8');
      expect(second.split('\n').slice(1).join('\n')).toBe(lines.slice(1).join('\n') + '\n');
      expect(second.replace('"exportedAt":"2027-07-07T07:07:07.007Z"', `"exportedAt":"${NOW.toISOString()}"`)).toBe(text);

      const hashed = await openDatabase({ ...(await target.fresh()), seed: false });
      try {
        await importDatabase(hashed, { file: withHashes });
        expect((await authenticateUser(hashed, { login: 'ed@example.org', password: 'correct horse battery' })).email).toBe('ed@example.org');
      } finally {
        await hashed.close();
      }
    });

    it('restores a continuation that continues a claim with a higher id (as re-extraction leaves them), in small batches', async () => {
      const source = await openDatabase(await target.fresh());
      const out = file('forward-continues');
      let link: { id: number; continuesId: number | null };
      try {
        await populate(source);
        // Re-extraction keeps a reviewed continuation and recreates the claim it continues with a new, higher id.
        const ids = (await source.prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
        link = await source.prisma.claim.update({ where: { id: ids[0]! }, data: { continuesId: ids.at(-1)! }, select: { id: true, continuesId: true } });
        expect(link.continuesId).toBeGreaterThan(link.id);
        await exportDatabase(source, { file: out, now: NOW });
      } finally {
        await source.close();
      }
      const restored = await openDatabase({ ...(await target.fresh()), seed: false });
      try {
        await importDatabase(restored, { file: out, batchRows: 3 });
        expect(await restored.prisma.claim.findUnique({ where: { id: link!.id }, select: { id: true, continuesId: true } })).toEqual(link!);
      } finally {
        await restored.close();
      }
    });

    it('refuses a non-empty database and broken files, leaving the database as it was', async () => {
      const source = await openDatabase(await target.fresh());
      const good = file('good');
      let seeded: Record<string, number>;
      try {
        await populate(source);
        await exportDatabase(source, { file: good, now: NOW });
        const before = await counts(source);
        expect(await code(importDatabase(source, { file: good }))).toBe('DATABASE_NOT_EMPTY');
        expect(await counts(source)).toEqual(before);
      } finally {
        await source.close();
      }
      const lines = readFileSync(good, 'utf8').trimEnd().split('\n');
      const broken: Record<string, string> = {
        truncated: lines.slice(0, -3).join('\n'),
        empty: '',
        'not json': 'hello world\n',
        'garbled line': [...lines.slice(0, 5), '{"type":"claim","data":', ...lines.slice(5)].join('\n'),
        'unknown type': [...lines, '{"type":"secret","data":{}}'].join('\n'),
        'out of order': [lines[0], ...lines.slice(1).reverse()].join('\n'),
        'bad value': lines.map((line) => line.replace(/"kind":"direct"/, '"kind":"shouted"')).join('\n'),
        'other version': [lines[0]!.replace('"version":1', '"version":99'), ...lines.slice(1)].join('\n'),
        'binary': '\u0000\u0001\u0002PK\u0003\u0004',
      };
      const empty = await openDatabase({ ...(await target.fresh()), seed: false });
      try {
        seeded = await counts(empty);
        for (const [name, content] of Object.entries(broken)) {
          const path = file(name.replaceAll(' ', '-'));
          writeFileSync(path, content);
          expect([name, await code(importDatabase(empty, { file: path }))]).toEqual([name, 'BACKUP_INVALID']);
          expect([name, await counts(empty)]).toEqual([name, seeded]);
        }
        expect(await code(importDatabase(empty, { file: join(tmp, 'missing.jsonl') }))).toBe('BACKUP_INVALID');
        // After all that the good file still restores.
        await importDatabase(empty, { file: good });
        expect((await counts(empty)).articles).toBe(2);
      } finally {
        await empty.close();
      }
      console.info(`[reliability] backup: ${Object.keys(broken).length + 2} broken files / non-empty databases refused on ${target.name}, nothing stored`);
    });
  });
}

describe('cli export / import (PGlite data folders)', { timeout: 900_000 }, () => {
  const cli = (dataDir: string, args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      timeout: 400_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('exports, refuses a non-empty database (exit 3) and a bad file (exit 2), imports into a new folder', async () => {
    const from = mkdtempSync(join(tmp, 'from-'));
    const to = mkdtempSync(join(tmp, 'to-'));
    const db = await openDatabase({ dataDir: from });
    try {
      await populate(db);
    } finally {
      await db.close();
    }
    const backup = join(tmp, 'cli.jsonl');
    const exported = cli(from, ['export', backup]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/^exported to .*: user 2, party \d+, .*article 2/);

    const refused = cli(from, ['import', backup]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/^error: The database is not empty/);
    expect(refused.stderr).not.toMatch(/\bat .+\.(ts|js):\d+/);

    const garbage = join(tmp, 'garbage.txt');
    writeFileSync(garbage, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const bad = cli(to, ['import', garbage]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: Not a usable backup: line 1/);

    const imported = cli(to, ['import', backup]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('give each user a new password');
    const check = await openDatabase({ dataDir: to });
    try {
      expect(await check.prisma.article.count()).toBe(2);
    } finally {
      await check.close();
    }
  });
});
