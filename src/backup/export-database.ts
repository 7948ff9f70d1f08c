import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Database } from '../db/open-database.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, qualify, type BackupHeader } from './backup-format.js';
import { appliedMigrations, backupPlan, resolveSchema, tableColumns, type BackupTx } from './table-columns.js';

/** Options for {@link exportDatabase}. */
export interface ExportDatabaseOptions {
  /** The file to write; written as `<file>.partial` and renamed when complete. */
  file: string;
  /** Include users' password hashes (default false: restored accounts cannot sign in until given a new password). */
  withPasswordHashes?: boolean;
  /** The PostgreSQL schema holding the tables (`?schema=` of DATABASE_URL); default the connection's current schema. */
  schema?: string;
  /** Rows fetched per query (default 200). */
  batchSize?: number;
  /** The header's timestamp (tests). */
  now?: Date;
}

/**
 * Writes the whole database (not sessions) as a Claimtrail backup file (see
 * backup-format.ts), streaming: rows are read in key order a batch at a time,
 * inside one read-only repeatable-read transaction, so the file is a
 * consistent snapshot. Returns the header written.
 */
export async function exportDatabase(db: Database, options: ExportDatabaseOptions): Promise<BackupHeader> {
  const partial = `${options.file}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8', mode: 0o600 });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    const header = await db.prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        return writeTables(tx, options, write);
      },
      { timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
    );
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    renameSync(partial, options.file);
    return header;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

async function writeTables(tx: BackupTx, options: ExportDatabaseOptions, write: (line: string) => Promise<void>): Promise<BackupHeader> {
  const schema = await resolveSchema(tx, options.schema);
  const plan = await backupPlan(tx, schema);
  const counts: Record<string, number> = {};
  for (const { type, table } of plan) {
    const rows = await tx.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*)::int AS n FROM ${qualify(table, schema)}`);
    counts[type] = Number(rows[0]?.n ?? 0);
  }
  const header: BackupHeader = {
    type: 'header',
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    migrations: await appliedMigrations(tx, schema),
    passwordHashes: options.withPasswordHashes === true,
    counts,
  };
  await write(JSON.stringify(header));
  const batchSize = options.batchSize ?? 200;
  for (const { type, table, keys, keyTypes } of plan) {
    let columns = await tableColumns(tx, schema, table);
    if (table === 'users' && !header.passwordHashes) columns = columns.filter((column) => column !== 'password_hash');
    const keyList = keys.map((key) => `"${key}"`).join(', ');
    const select = columns.map((column) => `"${column}"`).join(', ');
    let after: string[] | null = null;
    for (;;) {
      const where: string = after === null ? '' : `WHERE (${keyList}) > (${keyTypes.map((keyType, i) => `$${i + 1}::${keyType}`).join(', ')})`;
      const rows: Record<string, unknown>[] = await tx.$queryRawUnsafe(
        `SELECT ${keys.map((key, i) => `t."${key}"::text AS "k${i}"`).join(', ')}, row_to_json(t)::text AS "json"
           FROM (SELECT ${select} FROM ${qualify(table, schema)} ${where} ORDER BY ${keyList} LIMIT ${batchSize}) t
          ORDER BY ${keys.map((key) => `t."${key}"`).join(', ')}`,
        ...(after ?? []),
      );
      for (const row of rows) await write(`{"type":${JSON.stringify(type)},"data":${String(row.json)}}`);
      if (rows.length < batchSize) break;
      const last = rows[rows.length - 1]!;
      after = keys.map((_, i) => String(last[`k${i}`]));
    }
  }
  return header;
}
