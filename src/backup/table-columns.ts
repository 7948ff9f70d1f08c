import { AppError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { KNOWN_TYPES, SKIPPED_TABLES, type BackupTable } from './backup-format.js';

/** Runs raw SQL inside the backup's transaction. */
export type BackupTx = Pick<Prisma.TransactionClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;

/** The schema the tables live in: the given one, or the connection's current schema. */
export async function resolveSchema(tx: BackupTx, schema: string | undefined): Promise<string> {
  if (schema !== undefined) return schema;
  const rows = await tx.$queryRawUnsafe<{ schema: string }[]>('SELECT current_schema() AS schema');
  return rows[0]?.schema ?? 'public';
}

/** A table's stored (not generated) columns in table order. */
export async function tableColumns(tx: BackupTx, schema: string, table: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    schema,
    table,
  );
  return rows.map((row) => row.name);
}

/** Names of the migrations recorded in the database, in order. */
export async function appliedMigrations(tx: BackupTx, schema: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT migration_name AS name FROM "${schema.replaceAll('"', '""')}"."_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/**
 * Every table of the schema except sessions and the migration history, each
 * after the tables its foreign keys reference (the known tables in
 * KNOWN_TYPES order, then others by name), with its primary key.
 */
export async function backupPlan(tx: BackupTx, schema: string): Promise<BackupTable[]> {
  const tables = (
    await tx.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
      schema,
    )
  )
    .map((row) => row.name)
    .filter((name) => !SKIPPED_TABLES.includes(name));
  const keyRows = await tx.$queryRawUnsafe<{ table: string; column: string; type: string; pos: number }[]>(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type",
            array_position(i.indkey::int2[], a.attnum) AS pos
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
      WHERE i.indisprimary AND n.nspname = $1
      ORDER BY 1, 4`,
    schema,
  );
  const fkRows = await tx.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1`,
    schema,
  );
  const known = Object.keys(KNOWN_TYPES);
  const rank = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
  const byRank = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  const parents = new Map(tables.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of fkRows) if (child !== parent && parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  const ordered: string[] = [];
  const left = new Set(tables);
  while (left.size > 0) {
    const ready = [...left].filter((name) => [...parents.get(name)!].every((parent) => !left.has(parent))).sort(byRank);
    const next = ready[0] ?? [...left].sort(byRank)[0]!; // a cycle: fall back to the preferred order
    ordered.push(next);
    left.delete(next);
  }
  return ordered.map((table) => {
    const keys = keyRows.filter((row) => row.table === table);
    if (keys.length === 0) throw new AppError('BACKUP_INVALID', { message: `The table ${table} has no primary key: it cannot be exported in a stable order.` });
    return { type: KNOWN_TYPES[table] ?? table, table, keys: keys.map((row) => row.column), keyTypes: keys.map((row) => row.type) };
  });
}
