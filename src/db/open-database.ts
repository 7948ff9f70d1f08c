import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { IN_MEMORY } from '../config.js';
import { AppError } from '../errors.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { lockDataFolder } from './pglite-lock.js';
import { applyMigrations, type MigrationReport, type MigrationSession } from './apply-migrations.js';
import { readMigrations, type MigrationFile } from './migration-files.js';
import { openFromTemplate, saveTemplate, templateKey } from './pglite-template.js';
import { ReadReplica } from './read-replica.js';
import { seedKnowledge, type SeedReport } from './seed-knowledge.js';
import { DEFAULT_ACTORS, DEFAULT_PARTIES } from '../knowledge/index.js';

/** An open database: the Prisma client plus what is underneath it. */
export interface Database {
  /** The primary: every write, editors' reads, migrations and the seed. */
  prisma: PrismaClient;
  /**
   * Client for reader pages: the read replica's when one is configured,
   * otherwise the same object as `prisma` (always on PGlite).
   */
  reader: PrismaClient;
  /** The read replica (DATABASE_REPLICA_URL), with its health; null without one. */
  replica: ReadReplica | null;
  kind: 'pglite' | 'postgres';
  /** Disconnects Prisma and closes PGlite / the pool. Idempotent. */
  close(): Promise<void>;
  /** Migrations applied while opening, and warnings about the history. */
  migrations: MigrationReport;
  /** What the knowledge seed created, or null when the database already had parties. */
  seeded: SeedReport | null;
}

/** Options for {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** postgres:// URL of a real PostgreSQL server; wins over `dataDir`. `?schema=name` selects a schema. */
  databaseUrl?: string;
  /**
   * postgres:// URL of a read replica (hot standby) of `databaseUrl`, for
   * reader pages. Never migrated or written; its `?schema=` defaults to the
   * primary's. Connected lazily: the database opens while the replica is down.
   */
  replicaUrl?: string;
  /**
   * Data folder for the embedded PGlite database (kept in `<dataDir>/pglite`), or `memory://`
   * (a throwaway database, started from a cached template: see pglite-template.ts). Default `./data`.
   */
  dataDir?: string;
  /** Seed the default parties and actors when the database has no party (default true). */
  seed?: boolean;
  /** Migrations to apply instead of `prisma/migrations` (tests). */
  migrations?: MigrationFile[];
}

/**
 * Opens the database: a real PostgreSQL server through `@prisma/adapter-pg`
 * when `databaseUrl` is given, otherwise the embedded PGlite persisted in
 * `dataDir`. Applies pending migrations (see {@link applyMigrations}) and
 * seeds the default knowledge into an empty database before returning.
 * Throws AppError DATABASE_UNAVAILABLE when the database cannot be reached
 * or a migration fails (the database is then left as it was).
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const migrations = options.migrations ?? readMigrations();
  const seed = options.seed !== false;
  if (options.databaseUrl !== undefined) return seedIfEmpty(await openPostgres(options.databaseUrl, migrations, options.replicaUrl), seed);
  if (options.replicaUrl !== undefined) throw new AppError('CONFIG_INVALID', { message: 'A read replica needs a PostgreSQL primary (DATABASE_URL)' });
  const dataDir = options.dataDir ?? './data';
  if (dataDir !== IN_MEMORY) return seedIfEmpty(await openPGlite(await createPGlite(dataDir), migrations), seed);

  // In memory: start from a cached template of the migrated, seeded database when there is one.
  const key = templateKey({ migrations: migrations.map((m) => [m.name, m.checksum]), seed: seed ? [DEFAULT_PARTIES, DEFAULT_ACTORS] : null });
  // It reports what building the template applied and seeded, as a fresh database would.
  const cached = await openFromTemplate<Partial<TemplateMeta>>(key);
  if (cached !== null) {
    const { pglite, meta } = cached;
    if (isTemplateMeta(meta)) {
      const opened = await openPGlite({ pglite, unlock: () => {} }, migrations);
      const { applied, warnings } = opened.migrations;
      return { ...opened, migrations: { applied: [...meta.applied, ...applied], warnings }, seeded: meta.seeded };
    }
    await pglite.close();
  }
  const created = await createPGlite(dataDir);
  const database = await seedIfEmpty(await openPGlite(created, migrations), seed);
  const meta: TemplateMeta = { applied: database.migrations.applied, seeded: database.seeded };
  await saveTemplate(created.pglite, key, meta);
  return database;
}

function isTemplateMeta(meta: Partial<TemplateMeta>): meta is TemplateMeta {
  return Array.isArray(meta.applied) && meta.seeded !== undefined;
}

async function seedIfEmpty(opened: Opened, seed: boolean): Promise<Database> {
  try {
    const seeded = !seed || (await opened.prisma.party.count()) > 0 ? null : await seedKnowledge(opened.prisma);
    return { ...opened, seeded };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

type Opened = Omit<Database, 'seeded'>;

/** What a cached in-memory template was built with. */
interface TemplateMeta {
  applied: string[];
  seeded: SeedReport | null;
}

interface CreatedPGlite {
  pglite: PGlite;
  unlock: () => void;
}

async function createPGlite(dataDir: string): Promise<CreatedPGlite> {
  let unlock = () => {};
  try {
    if (dataDir === IN_MEMORY) return { pglite: await PGlite.create(), unlock };
    const folder = join(dataDir, 'pglite');
    mkdirSync(folder, { recursive: true });
    unlock = lockDataFolder(join(dataDir, 'pglite.lock'));
    return { pglite: await PGlite.create(folder), unlock };
  } catch (error) {
    unlock();
    if (error instanceof AppError) throw error;
    throw unavailable(`Cannot open the embedded database in ${dataDir}`, error);
  }
}

async function openPGlite({ pglite, unlock }: CreatedPGlite, migrations: MigrationFile[]): Promise<Opened> {
  const session: MigrationSession = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row extends object>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
  };
  let report: MigrationReport;
  try {
    report = await applyMigrations(session, migrations);
  } catch (error) {
    await pglite.close();
    unlock();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    reader: prisma,
    replica: null,
    kind: 'pglite',
    migrations: report,
    close: once(async () => {
      try {
        await prisma.$disconnect();
        if (!pglite.closed) await pglite.close();
      } finally {
        unlock();
      }
    }),
  };
}

async function openPostgres(databaseUrl: string, migrations: MigrationFile[], replicaUrl: string | undefined): Promise<Opened> {
  const { connectionString, schema } = splitSchema(databaseUrl);
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    throw unavailable('Cannot connect to PostgreSQL', error);
  }
  let report: MigrationReport;
  try {
    if (schema !== undefined) {
      const quoted = `"${schema.replaceAll('"', '""')}"`;
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}; SET search_path TO ${quoted}`);
    }
    const session: MigrationSession = {
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <Row extends object>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
    };
    report = await applyMigrations(session, migrations);
  } finally {
    await client.end();
  }
  const prisma = new PrismaClient({ adapter: pgAdapter(connectionString, schema) });
  const replica = replicaUrl === undefined ? null : openReplica(replicaUrl, schema);
  return {
    prisma,
    reader: replica?.prisma ?? prisma,
    replica,
    kind: 'postgres',
    migrations: report,
    close: once(async () => {
      await Promise.all([prisma.$disconnect(), replica?.prisma.$disconnect()]);
    }),
  };
}

/**
 * A Prisma driver adapter on a PostgreSQL server. Prisma qualifies its own
 * queries with the schema; raw SQL (search, statistics) relies on the search
 * path, set at connection start-up.
 */
function pgAdapter(connectionString: string, schema: string | undefined, pool: pg.PoolConfig = {}, hooks: { onPoolError?: (error: Error) => void } = {}): PrismaPg {
  // The value is a quoted identifier; the startup `options` string escapes spaces and backslashes.
  const searchPath = schema === undefined ? undefined : `"${schema.replaceAll('"', '""')}"`;
  const options = searchPath === undefined ? undefined : `-c search_path=${searchPath.replace(/[\\ ]/g, '\\$&')}`;
  return new PrismaPg({ ...pool, connectionString, options }, { ...hooks, ...(schema === undefined ? {} : { schema }) });
}

/** How long a reader request waits for a connection to the replica before reading from the primary. */
const REPLICA_CONNECT_TIMEOUT_MS = 3_000;

/** The replica's client: its own pool, named `claimtrail-reader` in pg_stat_activity; never migrated. */
function openReplica(replicaUrl: string, primarySchema: string | undefined): ReadReplica {
  const { connectionString, schema } = splitSchema(replicaUrl);
  let replica: ReadReplica | undefined;
  const adapter = pgAdapter(
    connectionString,
    schema ?? primarySchema,
    { application_name: 'claimtrail-reader', connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS },
    // An idle connection dropped (the replica stopped or restarted): read from the primary for a while.
    { onPoolError: () => replica?.markDown() },
  );
  replica = new ReadReplica(new PrismaClient({ adapter }));
  return replica;
}

/** Removes Prisma's `?schema=` parameter, which node-postgres would send to the server. */
function splitSchema(databaseUrl: string): { connectionString: string; schema: string | undefined } {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch (error) {
    throw unavailable('DATABASE_URL is not a valid URL', error);
  }
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), schema };
}

function unavailable(message: string, cause: unknown): AppError {
  const reason = cause instanceof Error ? `: ${cause.message}` : '';
  return new AppError('DATABASE_UNAVAILABLE', { message: `${message}${reason}`, cause });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
