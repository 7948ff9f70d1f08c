import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, NO_PASSWORD_HASH, qualify, type BackupHeader, type BackupTable } from './backup-format.js';
import { appliedMigrations, backupPlan, resolveSchema, tableColumns, type BackupTx } from './table-columns.js';

/** Options for {@link importDatabase}. */
export interface ImportDatabaseOptions {
  /** The backup file written by exportDatabase. */
  file: string;
  /** The PostgreSQL schema holding the tables; default the connection's current schema. */
  schema?: string;
  /** Rows inserted per statement (default 500; fewer when the rows are large). */
  batchRows?: number;
}

/** What an import stored. */
export interface ImportReport {
  header: BackupHeader;
  counts: Record<string, number>;
}

const MAX_BATCH_CHARS = 4 * 1024 * 1024;

/**
 * Restores a backup file into an EMPTY database (migrated, no rows in any
 * table: open it with `seed: false`), in one transaction: rows keep their
 * ids and the id sequences continue after the highest one. Reads the file
 * line by line. Throws AppError BACKUP_INVALID (with the line number) for a
 * file that is not a complete backup of this schema version and
 * DATABASE_NOT_EMPTY for a database holding rows; nothing is stored then.
 */
export async function importDatabase(db: Database, options: ImportDatabaseOptions): Promise<ImportReport> {
  try {
    if (!statSync(options.file).isFile()) throw new Error('not a file');
  } catch {
    throw invalid(`cannot read ${options.file}`);
  }
  const lines = createInterface({ input: createReadStream(options.file, { encoding: 'utf8' }), crlfDelay: Infinity });
  // Take the iterator now: it buffers lines read while the transaction starts (a late one would miss them and wait forever).
  const iterator = lines[Symbol.asyncIterator]();
  try {
    return await db.prisma.$transaction((tx) => restore(tx, iterator, options), { timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 });
  } finally {
    lines.close();
  }
}

function invalid(message: string): AppError {
  return new AppError('BACKUP_INVALID', { message: `Not a usable backup: ${message}` });
}

async function restore(tx: BackupTx, lines: AsyncIterator<string>, options: ImportDatabaseOptions): Promise<ImportReport> {
  const schema = await resolveSchema(tx, options.schema);
  const plan = await backupPlan(tx, schema);
  const nonEmpty: string[] = [];
  for (const table of [...plan.map((entry) => entry.table), 'sessions']) {
    const rows = await tx.$queryRawUnsafe<{ found: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM ${qualify(table, schema)}) AS found`);
    if (rows[0]?.found) nonEmpty.push(table);
  }
  if (nonEmpty.length > 0) {
    throw new AppError('DATABASE_NOT_EMPTY', {
      message: `The database is not empty (rows in ${nonEmpty.join(', ')}): import restores into an empty database only (a new DATA_DIR, or a new PostgreSQL database).`,
    });
  }

  // Rows come in key order, but a key may point forward (a continuation kept by re-extraction continues a
  // recreated claim with a higher id): deferrable keys are checked when the transaction commits.
  await tx.$executeRawUnsafe('SET CONSTRAINTS ALL DEFERRED');

  let lineNumber = 0;
  const first = await lines.next();
  lineNumber += 1;
  if (first.done) throw invalid('the file is empty');
  const header = parseHeader(first.value);
  const migrations = await appliedMigrations(tx, schema);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
    throw invalid(`it was written by a database with migrations [${header.migrations.join(', ')}], this one has [${migrations.join(', ')}]`);
  }

  const planTypes = plan.map((entry) => entry.type);
  if (JSON.stringify(Object.keys(header.counts)) !== JSON.stringify(planTypes)) {
    throw invalid(`it holds the record types [${Object.keys(header.counts).join(', ')}], this database has [${planTypes.join(', ')}]`);
  }
  const counts: Record<string, number> = Object.fromEntries(plan.map((table) => [table.type, 0]));
  const byType = new Map(plan.map((table, index) => [table.type, { table, index }]));
  let current = -1;
  let batch: string[] = [];
  let batchChars = 0;
  let batchLine = 0;
  const batchRows = options.batchRows ?? 500;
  const columns = new Map<string, string[]>();
  const flush = async () => {
    if (batch.length === 0) return;
    const table = plan[current]!;
    let tableCols = columns.get(table.table);
    if (!tableCols) {
      tableCols = await tableColumns(tx, schema, table.table);
      columns.set(table.table, tableCols);
    }
    await insertRows(tx, schema, table, tableCols, `[${batch.join(',')}]`, batchLine);
    batch = [];
    batchChars = 0;
  };

  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    lineNumber += 1;
    const line = next.value;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw invalid(`line ${lineNumber} is not JSON`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw invalid(`line ${lineNumber} is not a record`);
    const { type, data } = record as { type?: unknown; data?: unknown };
    const entry = typeof type === 'string' ? byType.get(type) : undefined;
    if (!entry) throw invalid(`line ${lineNumber} has an unknown type ${JSON.stringify(type)}`);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid(`line ${lineNumber} has no data object`);
    if (entry.index < current) throw invalid(`line ${lineNumber}: a ${type} record after the ${plan[current]!.type} records (the file is out of order)`);
    if (entry.index !== current || batch.length >= batchRows || batchChars > MAX_BATCH_CHARS) {
      await flush();
      current = entry.index;
      batchLine = lineNumber;
    }
    const json = JSON.stringify(data);
    batch.push(json);
    batchChars += json.length;
    counts[entry.table.type] = (counts[entry.table.type] ?? 0) + 1;
  }
  await flush();

  for (const { type } of plan) {
    if (counts[type] !== header.counts[type]) {
      throw invalid(`the header announces ${header.counts[type] ?? 0} ${type} records, the file holds ${counts[type]} (truncated or edited)`);
    }
  }
  for (const { table, keys } of plan) {
    if (keys.length !== 1) continue;
    const name = qualify(table, schema);
    const key = `"${keys[0]!}"`;
    await tx.$queryRawUnsafe(
      `SELECT setval(seq, COALESCE((SELECT max(${key}) FROM ${name}), 0) + 1, false)::text FROM (SELECT pg_get_serial_sequence($1, $2) AS seq) s WHERE seq IS NOT NULL`,
      name,
      keys[0],
    );
  }
  return { header, counts };
}

function parseHeader(line: string): BackupHeader {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch {
    throw invalid('line 1 is not JSON (is this a Claimtrail backup?)');
  }
  const h = header as Partial<BackupHeader> | null;
  if (typeof h !== 'object' || h === null || h.type !== 'header' || h.format !== BACKUP_FORMAT) throw invalid('line 1 is not a Claimtrail backup header');
  if (h.version !== BACKUP_FORMAT_VERSION) throw invalid(`format version ${String(h.version)}, this Claimtrail reads version ${BACKUP_FORMAT_VERSION}`);
  if (!Array.isArray(h.migrations) || typeof h.counts !== 'object' || h.counts === null || typeof h.passwordHashes !== 'boolean') {
    throw invalid('the header lacks migrations, counts or passwordHashes');
  }
  return h as BackupHeader;
}

async function insertRows(tx: BackupTx, schema: string, table: BackupTable, columns: string[], rowsJson: string, line: number): Promise<void> {
  const name = qualify(table.table, schema);
  const list = columns.map((column) => `"${column}"`).join(', ');
  // Users exported without their password hash get one that no password verifies against.
  const values = columns.map((column) => (table.table === 'users' && column === 'password_hash' ? `COALESCE("password_hash", '${NO_PASSWORD_HASH}')` : `"${column}"`)).join(', ');
  try {
    await tx.$executeRawUnsafe(`INSERT INTO ${name} (${list}) SELECT ${values} FROM json_populate_recordset(NULL::${name}, $1::json)`, rowsJson);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n').find((part) => part.trim() !== '') ?? '' : String(error);
    throw invalid(`the ${table.type} records from line ${line} cannot be stored: ${reason.slice(0, 300)}`);
  }
}
