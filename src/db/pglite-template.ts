import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * In-memory PGlite databases start from a cached template: a fresh PGlite
 * runs initdb (about 3-6 s); loading a dump of an already migrated and
 * seeded database takes about 1-2 s. The template is a gzipped data folder
 * in `<tmp>/claimtrail-pglite-templates/<key>.tgz`, keyed by the PGlite
 * build, the migrations and the seed, written atomically; a template that
 * fails to load is deleted and rebuilt. Only used for `memory://`.
 */
const FOLDER = join(tmpdir(), 'claimtrail-pglite-templates');

/** A template's identity: everything that changes its content. */
export function templateKey(parts: unknown): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@electric-sql/pglite');
  const { size, mtimeMs } = statSync(main);
  return createHash('sha256').update(JSON.stringify({ format: 2, pglite: [main, size, mtimeMs], parts })).digest('hex').slice(0, 32);
}

/** Opens an in-memory PGlite from the template `key`, or null when there is none (or it is unreadable). */
export async function openFromTemplate<Meta>(key: string): Promise<{ pglite: PGlite; meta: Meta } | null> {
  const file = join(FOLDER, `${key}.tgz`);
  let bytes: Buffer;
  let meta: Meta;
  try {
    bytes = readFileSync(file);
    meta = JSON.parse(readFileSync(join(FOLDER, `${key}.json`), 'utf8')) as Meta;
  } catch {
    return null;
  }
  try {
    return { pglite: await PGlite.create({ loadDataDir: new Blob([new Uint8Array(bytes)]) }), meta };
  } catch {
    rmSync(file, { force: true });
    return null;
  }
}

/** Saves `pglite`'s data folder as the template `key` (best effort: a failure only costs speed next time). */
export async function saveTemplate(pglite: PGlite, key: string, meta: unknown): Promise<void> {
  try {
    const dump = await pglite.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    mkdirSync(FOLDER, { recursive: true });
    const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    writeFileSync(join(FOLDER, `${key}.json.${unique}`), JSON.stringify(meta));
    renameSync(join(FOLDER, `${key}.json.${unique}`), join(FOLDER, `${key}.json`));
    writeFileSync(join(FOLDER, `${key}.tgz.${unique}`), bytes);
    renameSync(join(FOLDER, `${key}.tgz.${unique}`), join(FOLDER, `${key}.tgz`));
  } catch {
    // Read-only or full temp folder: run without a template.
  }
}
