/**
 * The database layer against the embedded PGlite (always) and a real
 * PostgreSQL server (when TEST_DATABASE_URL is set; start one with
 * `sh scripts/pg-throwaway.sh start`). Every PostgreSQL test uses its own
 * freshly created database, dropped at the end.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { IN_MEMORY } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { migrationChecksum, readMigrations, SCHEMA_PATH, type MigrationFile } from '../../src/db/migration-files.js';
import { NO_FILTER, toMigrationList } from '../../src/db/migration-list.js';
import { openDatabase, type Database, type OpenDatabaseOptions } from '../../src/db/open-database.js';
import { startSchemaEngine } from '../../src/db/schema-engine.js';
import { openFromTemplate, templateKey } from '../../src/db/pglite-template.js';
import { searchArticleIds } from '../../src/db/search-article-ids.js';
import { seedKnowledge } from '../../src/db/seed-knowledge.js';
import { updateClaimIfVersion, updateRelationIfVersion } from '../../src/db/versioned-update.js';
import { DEFAULT_ACTORS, DEFAULT_PARTIES } from '../../src/knowledge/index.js';
import { pgliteTarget, postgresTarget, type DatabaseTarget } from './database-targets.js';

const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'];
const MIGRATIONS = readMigrations();
const SLOW = 120_000;

const targets: DatabaseTarget[] = [pgliteTarget()];
if (TEST_DATABASE_URL !== undefined && TEST_DATABASE_URL !== '') {
  targets.push(postgresTarget(TEST_DATABASE_URL));
} else {
  console.warn('tests/db: TEST_DATABASE_URL is not set: skipping the PostgreSQL half (start one with `sh scripts/pg-throwaway.sh start`).');
  describe.skip('database on PostgreSQL (TEST_DATABASE_URL not set)', () => {
    it('needs TEST_DATABASE_URL', () => {});
  });
}

/** A migration that changes things and then fails. */
const BROKEN: MigrationFile = (() => {
  const sql = `ALTER TABLE "articles" ADD COLUMN "broken" INTEGER;
CREATE TABLE "broken_table" ("id" INTEGER);
INSERT INTO "parties" ("key", "name", "kind", "updated_at") VALUES ('broken', 'Broken', 'group', now());
SELECT * FROM "no_such_table";
`;
  return { name: '29991231000000_broken', sql, checksum: migrationChecksum(sql) };
})();

/** A migration whose script succeeds but whose bookkeeping row cannot be written: both must roll back together. */
const UNRECORDABLE: MigrationFile = (() => {
  const sql = `CREATE TABLE "sneaky_table" ("id" INTEGER);
DROP TABLE "_prisma_migrations";
`;
  return { name: '29991231000001_unrecordable', sql, checksum: migrationChecksum(sql) };
})();

let articleCounter = 0;
function articleData(text = `Der Sprecher sagte, die Vorwürfe seien falsch. (${++articleCounter})`) {
  return { title: 'Test', text, contentHash: migrationChecksum(text), language: 'de', paragraphs: [[0, text.length]] };
}

async function tableNames(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

async function migrationRows(db: Database): Promise<{ migration_name: string; checksum: string; finished_at: Date | null }[]> {
  return db.prisma.$queryRawUnsafe(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
}

for (const target of targets) {
  describe(`database on ${target.name}`, () => {
    let shared: Database;

    beforeAll(async () => {
      const started = Date.now();
      shared = await openDatabase(target.name === 'pglite' ? { dataDir: IN_MEMORY } : await target.fresh());
      console.info(`tests/db: first open of ${target.name} (migrate + seed) took ${Date.now() - started} ms`);
    }, SLOW);

    afterAll(async () => {
      await shared?.close();
      await target.dispose();
    }, SLOW);

    it('applies every migration to an empty database, recorded as Prisma does, and nothing on reopen', async () => {
      const location = await target.fresh();
      const first = await openDatabase(location);
      try {
        expect(first.kind).toBe(target.name);
        expect(first.migrations).toEqual({ applied: MIGRATIONS.map((m) => m.name), warnings: [] });
        const rows = await migrationRows(first);
        expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(MIGRATIONS.map((m) => [m.name, m.checksum]));
        expect(rows.every((row) => row.finished_at !== null)).toBe(true);
        expect(await tableNames(first)).toEqual(expect.arrayContaining(['articles', 'claims', 'claim_relays', 'claim_relations', 'parties', 'actors', 'actor_aliases', 'party_aliases', 'users', 'sessions', 'audit_entries']));
        expect(first.seeded).toMatchObject({ parties: DEFAULT_PARTIES.length, skipped: [] });
      } finally {
        await first.close();
      }
      const again = await openDatabase(location);
      try {
        expect(again.migrations).toEqual({ applied: [], warnings: [] });
        expect(again.seeded).toBeNull();
        expect(await migrationRows(again)).toHaveLength(MIGRATIONS.length);
        expect(await again.prisma.party.count()).toBe(DEFAULT_PARTIES.length);
      } finally {
        await again.close();
      }
    }, SLOW);

    it('keeps the migration history compatible with the Prisma schema engine', async () => {
      // Ours applied -> the engine sees a clean history; the engine applied -> we apply nothing.
      const ours = await target.fresh();
      await (await openDatabase({ ...ours, seed: false })).close();
      const theirs = await target.fresh();
      const schema = { path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') };
      for (const [location, apply] of [[ours, false], [theirs, true]] as const) {
        const { adapter, close } = await engineAdapter(location);
        const engine = await startSchemaEngine(schema, adapter);
        try {
          if (apply) {
            const result = await engine.applyMigrations({ migrationsList: toMigrationList(), filters: NO_FILTER });
            expect(result.appliedMigrationNames).toEqual(MIGRATIONS.map((m) => m.name));
          }
          const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList: toMigrationList(), optInToShadowDatabase: false, filters: NO_FILTER });
          expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
        } finally {
          engine.free();
          await close();
        }
      }
      const reopened = await openDatabase({ ...theirs, seed: false });
      try {
        expect(reopened.migrations).toEqual({ applied: [], warnings: [] });
      } finally {
        await reopened.close();
      }
    }, SLOW);

    it('rolls a failing migration back completely and reports it', async () => {
      const location = await target.fresh();
      const before = await openDatabase({ ...location, seed: false });
      let tablesBefore: string[];
      try {
        await before.prisma.article.create({ data: articleData() });
        tablesBefore = await tableNames(before);
      } finally {
        await before.close();
      }
      const failure = await openDatabase({ ...location, seed: false, migrations: [...MIGRATIONS, BROKEN] }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).code).toBe('DATABASE_UNAVAILABLE');
      expect((failure as AppError).message).toContain(BROKEN.name);
      expect((failure as AppError).message).toContain('no_such_table');

      const after = await openDatabase({ ...location, seed: false });
      try {
        expect(after.migrations.applied).toEqual([]);
        expect(await tableNames(after)).toEqual(tablesBefore);
        expect((await migrationRows(after)).map((row) => row.migration_name)).toEqual(MIGRATIONS.map((m) => m.name));
        const columns = await after.prisma.$queryRawUnsafe<{ column_name: string }[]>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'articles' AND column_name = 'broken'`,
        );
        expect(columns).toEqual([]);
        expect(await after.prisma.party.count()).toBe(0);
        expect(await after.prisma.article.count()).toBe(1);
      } finally {
        await after.close();
      }
      await expect(openDatabase({ ...location, seed: false, migrations: [...MIGRATIONS, UNRECORDABLE] })).rejects.toThrow(UNRECORDABLE.name);
      const last = await openDatabase({ ...location, seed: false });
      try {
        expect(last.migrations.applied).toEqual([]);
        expect(await tableNames(last)).toEqual(tablesBefore);
        expect(await migrationRows(last)).toHaveLength(MIGRATIONS.length);
      } finally {
        await last.close();
      }
    }, SLOW);

    // One process per PGlite folder (see the lock test), so PostgreSQL only.
    it.skipIf(target.name === 'pglite')('lets two processes open (migrate and seed) the same new database at once', async () => {
      const location = await target.fresh();
      const both = await Promise.all([openDatabase(location), openDatabase(location)]);
      try {
        expect(both.flatMap((db) => db.migrations.applied)).toEqual(MIGRATIONS.map((m) => m.name));
        expect(await both[0]?.prisma.party.count()).toBe(DEFAULT_PARTIES.length);
        expect(await migrationRows(both[0] as Database)).toHaveLength(MIGRATIONS.length);
      } finally {
        await Promise.all(both.map((db) => db.close()));
      }
    }, SLOW);

    it('refuses to start over a migration Prisma recorded as failed', async () => {
      const location = await target.fresh();
      const db = await openDatabase({ ...location, seed: false });
      try {
        await db.prisma.$executeRawUnsafe(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ('x', 'y', '29990101000000_half_done', now())`,
        );
      } finally {
        await db.close();
      }
      await expect(openDatabase({ ...location, seed: false })).rejects.toThrow(/failed migrations \(29990101000000_half_done\)/);
    }, SLOW);

    it('never stores the same article text twice (content hash is unique)', async () => {
      const data = articleData();
      await shared.prisma.article.create({ data });
      await expect(shared.prisma.article.create({ data: { ...data, title: 'Copy' } })).rejects.toMatchObject({ code: 'P2002' });
      expect(await shared.prisma.article.count({ where: { contentHash: data.contentHash } })).toBe(1);
    });

    it('seeds the knowledge once: a second seed creates nothing and keeps editors\' changes', async () => {
      expect(await shared.prisma.party.count()).toBe(DEFAULT_PARTIES.length);
      expect(await shared.prisma.actor.count()).toBe(new Set(DEFAULT_ACTORS.map((actor) => actor.key)).size);
      const party = await shared.prisma.party.findUniqueOrThrow({ where: { key: 'Washington' }, include: { aliases: true } });
      expect(party.aliases.length).toBeGreaterThan(0);
      expect(party.aliases.every((alias) => alias.normalized === alias.normalized.toLowerCase())).toBe(true);
      await shared.prisma.party.update({ where: { key: 'Washington' }, data: { name: 'Edited by an editor' } });
      const counts = async () => [await shared.prisma.party.count(), await shared.prisma.actor.count(), await shared.prisma.actorAlias.count(), await shared.prisma.partyAlias.count()];
      const before = await counts();
      expect(await seedKnowledge(shared.prisma)).toEqual({ parties: 0, actors: 0, skipped: [] });
      expect(await counts()).toEqual(before);
      expect((await shared.prisma.party.findUniqueOrThrow({ where: { key: 'Washington' } })).name).toBe('Edited by an editor');
      // New seeds are added; actors of unknown parties are reported, not inserted.
      const report = await seedKnowledge(
        shared.prisma,
        [{ key: 'Testland', name: 'Testland', kind: 'government', aliases: ['Testland', 'testländisch*'] }],
        [
          { key: 'Tess Tester', name: 'Tess Tester', party: 'Testland', kind: 'person', aliases: ['Tester', 'die Testerin'] },
          { key: 'Nobody', name: 'Nobody', party: 'Nowhere', kind: 'person', aliases: [] },
        ],
      );
      expect(report).toEqual({ parties: 1, actors: 1, skipped: ['Nobody'] });
      const tess = await shared.prisma.actor.findUniqueOrThrow({ where: { key: 'Tess Tester' }, include: { aliases: true, party: true } });
      expect(tess.party.key).toBe('Testland');
      expect(tess.aliases.map((alias) => alias.normalized).sort()).toEqual(['tester', 'testerin']);
    });

    it('round-trips claims with relay chains, relations and audit entries', async () => {
      const prisma = shared.prisma;
      const text = 'Laut Reuters sagte Paris, der Bericht sei falsch. Washington wies das zurück.';
      const article = await prisma.article.create({ data: articleData(text) });
      const paris = await prisma.party.findUniqueOrThrow({ where: { key: 'Paris' } });
      const reuters = await prisma.party.findUniqueOrThrow({ where: { key: 'Reuters' } });
      const washington = await prisma.party.findUniqueOrThrow({ where: { key: 'Washington' } });
      const user = await prisma.user.create({ data: { email: `e${articleCounter}@example.org`, username: `editor${articleCounter}`, name: 'Ed Itor', passwordHash: 'x' } });
      const first = await prisma.claim.create({
        data: {
          articleId: article.id, ordinal: 1, text: 'der Bericht sei falsch', start: 27, end: 49, kind: 'indirect',
          cueText: 'sagte', cueStart: 13, cueEnd: 18, cueParts: [{ text: 'sagte', start: 13, end: 18 }],
          speakerText: 'Paris', speakerStart: 19, speakerEnd: 24, partyId: paris.id, confidence: 0.8, hedged: true,
          distanced: [{ text: 'Bericht', start: 31, end: 38 }],
          relays: { create: [{ position: 0, partyId: reuters.id }] },
        },
      });
      const second = await prisma.claim.create({
        data: { articleId: article.id, ordinal: 2, text: 'das', start: 67, end: 70, kind: 'reported', partyId: washington.id, confidence: 0.7 },
      });
      await prisma.claimRelation.create({ data: { fromId: second.id, toId: first.id, type: 'denies', cueText: 'wies zurück', cueStart: 62, cueEnd: 66, confidence: 0.9 } });
      await expect(prisma.claimRelation.create({ data: { fromId: second.id, toId: first.id, type: 'denies', confidence: 0.5 } })).rejects.toMatchObject({ code: 'P2002' });
      await prisma.auditEntry.create({ data: { userId: user.id, entityType: 'claim', entityId: String(first.id), action: 'update', before: { status: 'machine' }, after: { status: 'confirmed' } } });

      const loaded = await prisma.article.findUniqueOrThrow({
        where: { id: article.id },
        include: { claims: { orderBy: { ordinal: 'asc' }, include: { party: true, relays: { orderBy: { position: 'asc' }, include: { party: true } }, relationsFrom: true, relationsTo: true } } },
      });
      expect(loaded.paragraphs).toEqual([[0, text.length]]);
      const [a, b] = loaded.claims;
      expect(a).toMatchObject({ kind: 'indirect', status: 'machine', version: 1, hedged: true, unsourced: false, cueParts: [{ text: 'sagte', start: 13, end: 18 }] });
      expect(a?.relays.map((relay) => relay.party.key)).toEqual(['Reuters']);
      expect(a?.relationsTo).toEqual([expect.objectContaining({ fromId: second.id, type: 'denies', origin: 'machine', status: 'machine' })]);
      expect(b?.relationsFrom).toHaveLength(1);
      // Queries by party: claims by a speaker party and claims relayed through a party.
      expect((await prisma.claim.findMany({ where: { articleId: article.id, party: { key: 'Paris' } } })).map((c) => c.id)).toEqual([first.id]);
      expect((await prisma.claim.findMany({ where: { relays: { some: { party: { key: 'Reuters' } } } } })).map((c) => c.id)).toContain(first.id);
      const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'claim', entityId: String(first.id) }, include: { user: true } });
      expect(audit).toMatchObject({ action: 'update', before: { status: 'machine' }, after: { status: 'confirmed' } });
      expect(audit.user?.username).toBe(user.username);
      expect(audit.createdAt).toBeInstanceOf(Date);
      // Deleting the article removes its claims, relays and relations.
      await prisma.article.delete({ where: { id: article.id } });
      expect(await prisma.claim.count({ where: { articleId: article.id } })).toBe(0);
      expect(await prisma.claimRelation.count({ where: { OR: [{ fromId: first.id }, { toId: first.id }] } })).toBe(0);
    });

    it('detects a conflicting edit through the version column', async () => {
      const prisma = shared.prisma;
      const article = await prisma.article.create({ data: articleData() });
      const party = await prisma.party.findUniqueOrThrow({ where: { key: 'unknown' } });
      const claim = await prisma.claim.create({ data: { articleId: article.id, ordinal: 1, text: 'x', start: 0, end: 1, kind: 'direct', partyId: party.id, confidence: 0.5 } });
      // Two editors loaded version 1; the first save wins, the second conflicts.
      const alice = await updateClaimIfVersion(prisma, claim.id, 1, { status: 'confirmed' });
      const bob = await updateClaimIfVersion(prisma, claim.id, 1, { status: 'rejected' });
      expect(alice).toMatchObject({ status: 'updated', row: { version: 2, status: 'confirmed' } });
      expect(bob).toMatchObject({ status: 'conflict', current: { version: 2, status: 'confirmed' } });
      expect(await updateClaimIfVersion(prisma, claim.id, 2, { status: 'corrected' })).toMatchObject({ status: 'updated', row: { version: 3 } });
      expect(await updateClaimIfVersion(prisma, 987654321, 1, { status: 'corrected' })).toEqual({ status: 'not-found' });
      // Concurrent saves of the same version: exactly one wins.
      const racers = await Promise.all([1, 2, 3, 4].map(() => updateClaimIfVersion(prisma, claim.id, 3, { confidence: 0.9 })));
      expect(racers.filter((result) => result.status === 'updated')).toHaveLength(1);
      const other = await prisma.claim.create({ data: { articleId: article.id, ordinal: 2, text: 'y', start: 1, end: 2, kind: 'direct', partyId: party.id, confidence: 0.5 } });
      const relation = await prisma.claimRelation.create({ data: { fromId: other.id, toId: claim.id, type: 'doubts', confidence: 0.4 } });
      expect(await updateRelationIfVersion(prisma, relation.id, 1, { status: 'rejected' })).toMatchObject({ status: 'updated', row: { version: 2 } });
      expect(await updateRelationIfVersion(prisma, relation.id, 1, { status: 'confirmed' })).toMatchObject({ status: 'conflict' });
    });

    it('finds articles by German and English full-text search', async () => {
      const prisma = shared.prisma;
      const de = await prisma.article.create({ data: { ...articleData('Die Vereinigten Staaten wiesen die Vorwürfe und Anschuldigungen der Regierung zurück.'), language: 'de' } });
      const en = await prisma.article.create({ data: { ...articleData('The ministry denied the allegations about the strikes.'), language: 'en' } });
      const search = (config: string, query: string) =>
        prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM articles WHERE search_vector @@ websearch_to_tsquery($1::regconfig, $2) ORDER BY id`, config, query);
      expect((await search('german', 'Vorwurf')).map((row) => row.id)).toContain(de.id); // stemmed: Vorwürfe -> vorwurf
      expect((await search('english', 'allegation denial')).map((row) => row.id)).not.toContain(de.id);
      expect((await search('english', 'allegation')).map((row) => row.id)).toContain(en.id);
      // One search box for both languages, stemmed per language, best first.
      expect((await searchArticleIds(prisma, 'Anschuldigung')).map((hit) => hit.id)).toEqual([de.id]); // stemmed
      expect((await searchArticleIds(prisma, 'denying allegations')).map((hit) => hit.id)).toEqual([en.id]);
      expect((await searchArticleIds(prisma, 'Regierung -Staaten')).map((hit) => hit.id)).toEqual([]);
      expect(await searchArticleIds(prisma, '   ')).toEqual([]);
      const hits = await searchArticleIds(prisma, 'allegations or Anschuldigungen');
      expect(hits.map((hit) => hit.id).sort()).toEqual([de.id, en.id].sort());
      expect(hits.every((hit) => typeof hit.rank === 'number' && hit.rank > 0)).toBe(true);
    });

    it('stores sessions and users with unique names', async () => {
      const prisma = shared.prisma;
      const expiresAt = new Date(Date.now() + 60_000);
      await prisma.session.upsert({ where: { sid: 's1' }, create: { sid: 's1', data: { cookie: { maxAge: 1 } }, expiresAt }, update: {} });
      expect(await prisma.session.findUniqueOrThrow({ where: { sid: 's1' } })).toMatchObject({ data: { cookie: { maxAge: 1 } }, expiresAt });
      await prisma.user.create({ data: { email: 'same@example.org', username: 'same', name: 'A', passwordHash: 'x', role: 'admin' } });
      await expect(prisma.user.create({ data: { email: 'same@example.org', username: 'other', name: 'B', passwordHash: 'x' } })).rejects.toMatchObject({ code: 'P2002' });
    });

    if (target.name === 'postgres') {
      it('runs raw SQL in the schema named by ?schema= (search, statistics)', async () => {
        const options = await target.fresh();
        const url = new URL(options.databaseUrl ?? '');
        url.searchParams.set('schema', 'newsroom two');
        const db = await openDatabase({ databaseUrl: url.toString() });
        try {
          await db.prisma.article.create({ data: articleData('Die Regierung wies die Anschuldigungen zurück.') });
          const rows = await db.prisma.$queryRawUnsafe<{ schema: string; n: number }[]>(
            `SELECT current_schema() AS schema, count(*)::int AS n FROM articles`,
          );
          expect(rows).toEqual([{ schema: 'newsroom two', n: 1 }]);
          expect((await searchArticleIds(db.prisma, 'Anschuldigung')).length).toBe(1);
        } finally {
          await db.close();
        }
      }, SLOW);
    }

    if (target.name === 'pglite') {
      it('persists a PGlite data folder across reopen', async () => {
        const location = await target.fresh();
        const first = await openDatabase({ ...location, seed: false });
        const data = articleData();
        try {
          await first.prisma.article.create({ data });
        } finally {
          await first.close();
        }
        const second = await openDatabase({ ...location, seed: false });
        try {
          expect(await second.prisma.article.findUnique({ where: { contentHash: data.contentHash } })).toMatchObject({ title: 'Test' });
        } finally {
          await second.close();
        }
      }, SLOW);

      it('refuses a second open of the same data folder until the first is closed', async () => {
        const location = await target.fresh();
        const first = await openDatabase({ ...location, seed: false });
        try {
          await expect(openDatabase({ ...location, seed: false })).rejects.toThrow(/already open/);
        } finally {
          await first.close();
        }
        // A lock left by a process that no longer exists is taken over.
        writeFileSync(join(location.dataDir ?? '', 'pglite.lock'), '999999999\n');
        await (await openDatabase({ ...location, seed: false })).close();
      }, SLOW);

      it('starts in-memory databases from a cached template: same content, independent data', async () => {
        const first = await openDatabase({ dataDir: IN_MEMORY });
        const second = await openDatabase({ dataDir: IN_MEMORY });
        try {
          for (const db of [first, second]) {
            expect(db.migrations.applied).toEqual(MIGRATIONS.map((m) => m.name));
            expect(db.seeded).toMatchObject({ parties: DEFAULT_PARTIES.length });
            expect(await db.prisma.party.count()).toBe(DEFAULT_PARTIES.length);
            expect(await migrationRows(db)).toHaveLength(MIGRATIONS.length);
          }
          await first.prisma.article.create({ data: articleData() });
          expect(await first.prisma.article.count()).toBe(1);
          expect(await second.prisma.article.count()).toBe(0);
        } finally {
          await first.close();
          await second.close();
        }
        // An unreadable template is dropped (and rebuilt by the next open), never used.
        const key = templateKey({ test: Math.random() });
        const folder = join(tmpdir(), 'claimtrail-pglite-templates');
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `${key}.tgz`), 'not a dump');
        writeFileSync(join(folder, `${key}.json`), '{}');
        expect(await openFromTemplate(key)).toBeNull();
        expect(existsSync(join(folder, `${key}.tgz`))).toBe(false);
        rmSync(join(folder, `${key}.json`), { force: true });
      }, SLOW);

      it('has no schema change that no migration holds (npm run db:check)', async () => {
        const schema = { path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') };
        const pglite = await PGlite.create();
        const engine = await startSchemaEngine(schema, new PrismaPGlite(pglite));
        try {
          const diff = await engine.diff({ from: { tag: 'migrations', ...toMigrationList() }, to: { tag: 'schemaDatamodel', files: [schema] }, script: true, exitCode: true, filters: NO_FILTER });
          expect(diff.stdout ?? '').not.toMatch(/ALTER|CREATE|DROP/);
          expect(diff.exitCode).toBe(0);
        } finally {
          engine.free();
          await pglite.close();
        }
      }, SLOW);
    }
  });
}

/** A migration-aware adapter on the database behind `location` (the Database must be closed). */
async function engineAdapter(location: OpenDatabaseOptions): Promise<{ adapter: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> }> {
  if (location.databaseUrl !== undefined) return { adapter: new PrismaPg({ connectionString: location.databaseUrl }), close: async () => {} };
  const pglite = await PGlite.create(join(location.dataDir ?? '', 'pglite'));
  return { adapter: new PrismaPGlite(pglite), close: () => pglite.close() };
}
