import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import { readMigrations, type MigrationFile } from './migration-files.js';

/**
 * A single database session the migration runner talks to: `exec` runs a
 * script of several statements (simple query protocol), `query` one
 * parameterised statement.
 */
export interface MigrationSession {
  exec(sql: string): Promise<void>;
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** What {@link applyMigrations} did. */
export interface MigrationReport {
  /** Names of the migrations applied now, in order. */
  applied: string[];
  /** Non-fatal findings: edited migrations, migrations in the database but not on disk. */
  warnings: string[];
}

/** The advisory lock key Prisma Migrate uses, so our runner and `prisma migrate deploy` never run at once. */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's own bookkeeping table, created exactly as the schema engine creates it. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

/**
 * Applies the pending migrations from `prisma/migrations` (or `migrations`),
 * recording them in `_prisma_migrations` as Prisma Migrate does (same table,
 * same sha256 checksums, so `prisma migrate status/deploy` agree with it).
 * Unlike Prisma, each migration runs in its own transaction together with
 * its bookkeeping row: a failing migration leaves the database exactly as it
 * was and throws DATABASE_UNAVAILABLE naming the migration. A migration that
 * Prisma itself recorded as failed blocks start-up the same way.
 * Statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY)
 * are therefore not allowed in migrations.
 */
export async function applyMigrations(
  session: MigrationSession,
  migrations: MigrationFile[] = readMigrations(),
): Promise<MigrationReport> {
  await session.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const live = rows.filter((row) => row.rolled_back_at === null);
    const failed = live.filter((row) => row.finished_at === null);
    if (failed.length > 0) {
      const names = failed.map((row) => row.migration_name).join(', ');
      throw new AppError('DATABASE_UNAVAILABLE', {
        message: `The database has failed migrations (${names}); resolve them (prisma migrate resolve) before starting.`,
      });
    }
    const applied = new Map(live.map((row) => [row.migration_name, row.checksum]));
    const onDisk = new Set(migrations.map((migration) => migration.name));
    const warnings: string[] = [];
    for (const name of applied.keys()) {
      if (!onDisk.has(name)) warnings.push(`migration ${name} is applied in the database but missing from the migrations folder`);
    }
    const report: MigrationReport = { applied: [], warnings };
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) warnings.push(`migration ${migration.name} was edited after it was applied`);
        continue;
      }
      await applyOne(session, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
  }
}

async function applyOne(session: MigrationSession, migration: MigrationFile): Promise<void> {
  await session.exec('BEGIN');
  try {
    const [started] = await session.query<{ now: Date | string }>('SELECT clock_timestamp() AS now');
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, started?.now ?? new Date()],
    );
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('DATABASE_UNAVAILABLE', {
      message: `Migration ${migration.name} failed and was rolled back: ${reason}`,
      cause: error,
    });
  }
}
