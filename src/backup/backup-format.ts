/**
 * The Claimtrail backup file: JSON Lines, one record a line. The first line
 * is the header; every other line is `{"type": <record type>, "data": <row>}`
 * with the row's columns under their SQL names, exactly as PostgreSQL's
 * `row_to_json` writes them. Tables are written parents first, rows in key
 * order, so the same database always gives the same file (apart from
 * `exportedAt`).
 */

/** Version of the file format; a reader refuses other versions. */
export const BACKUP_FORMAT_VERSION = 1;

/** The `format` value of the header line. */
export const BACKUP_FORMAT = 'claimtrail-backup';

/** One exported table: its record type, SQL name and key columns (the order of rows) with their SQL types. */
export interface BackupTable {
  type: string;
  table: string;
  keys: string[];
  keyTypes: string[];
}

/**
 * Record types of the known tables, in the preferred order. Tables added by
 * later migrations are exported too (type = table name), placed after the
 * tables they reference: see backupPlan in table-columns.ts.
 */
export const KNOWN_TYPES: Readonly<Record<string, string>> = {
  users: 'user',
  parties: 'party',
  party_aliases: 'party_alias',
  actors: 'actor',
  actor_aliases: 'actor_alias',
  articles: 'article',
  claim_clusters: 'claim_cluster',
  claims: 'claim',
  claim_relays: 'claim_relay',
  claim_relations: 'claim_relation',
  audit_entries: 'audit_entry',
};

/**
 * Tables never exported: sessions (short-lived logins), login rate-limit
 * counters (short-lived) and the migration history (the header lists it).
 */
export const SKIPPED_TABLES: readonly string[] = ['sessions', 'login_attempts', '_prisma_migrations'];

/** The header line. */
export interface BackupHeader {
  type: 'header';
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** Names of the migrations applied to the exported database: an import needs the same. */
  migrations: string[];
  /** Whether users carry their password hashes (`--with-password-hashes`). */
  passwordHashes: boolean;
  /** Rows per record type. */
  counts: Record<string, number>;
}

/** Password hash stored for users imported without one: no password verifies against it. */
export const NO_PASSWORD_HASH = '!';

/** `"name"` or `"schema"."name"`, quoted for SQL. */
export function qualify(table: string, schema: string | undefined): string {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return schema === undefined ? quote(table) : `${quote(schema)}.${quote(table)}`;
}
