/**
 * Creates a new migration from the difference between the existing
 * migrations and prisma/schema.prisma, using Prisma's WebAssembly schema
 * engine on a throwaway in-memory PGlite (the native `prisma migrate dev`
 * cannot run offline).
 *
 *   npm run db:migration -- <name>          write prisma/migrations/<ts>_<name>/migration.sql
 *   npm run db:migration -- <name> --draft  also write an empty migration when nothing changed
 *   npm run db:migration -- --check         exit 1 if the schema has changes no migration holds
 *
 * Review (and, for things Prisma cannot express, hand-edit) the SQL, then
 * commit it with the schema and the regenerated client (`npm run db:generate`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { MIGRATION_LOCK, MIGRATIONS_DIR, SCHEMA_PATH } from '../src/db/migration-files.js';
import { NO_FILTER, toMigrationList } from '../src/db/migration-list.js';
import { startSchemaEngine } from '../src/db/schema-engine.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const draft = args.includes('--draft');
const name = args.find((arg) => !arg.startsWith('--'));
if (!check && (name === undefined || !/^[a-z0-9_]+$/.test(name))) {
  console.error('usage: npm run db:migration -- <name_in_snake_case> [--draft] | --check');
  process.exit(2);
}

mkdirSync(MIGRATIONS_DIR, { recursive: true });
// The engine needs the lock file to know the connector of the migrations folder.
writeFileSync(join(MIGRATIONS_DIR, 'migration_lock.toml'), MIGRATION_LOCK);

const schema = { path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') };
const pglite = new PGlite();
const engine = await startSchemaEngine(schema, new PrismaPGlite(pglite));
try {
  // `createMigration` refuses to run in the wasm engine ("shadow DB must be
  // provided through an external factory"); `diff` from the migrations
  // folder (replayed on the adapter's shadow database) to the schema gives
  // the same script, which is what `prisma migrate dev` writes.
  const diff = await engine.diff({
    from: { tag: 'migrations', ...toMigrationList() },
    to: { tag: 'schemaDatamodel', files: [schema] },
    script: true,
    exitCode: true,
    filters: NO_FILTER,
  });
  const changed = diff.exitCode === 2;
  if (check) {
    if (changed) {
      console.error(`prisma/schema.prisma has changes that no migration holds:\n${diff.stdout ?? ''}`);
      process.exitCode = 1;
    } else {
      console.log('Migrations and schema are in sync.');
    }
  } else if (!changed && !draft) {
    console.log('No schema changes: no migration created (use --draft for an empty one).');
  } else {
    const folder = `${migrationTimestamp(new Date())}_${name ?? ''}`;
    const dir = join(MIGRATIONS_DIR, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), changed ? (diff.stdout ?? '') : '-- This is an empty migration.\n');
    console.log(`Created prisma/migrations/${folder}/migration.sql: review it, then commit it with the schema.`);
  }
} finally {
  engine.free();
  await pglite.close();
}

/** Prisma's migration folder prefix: UTC YYYYMMDDHHMMSS. */
function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
