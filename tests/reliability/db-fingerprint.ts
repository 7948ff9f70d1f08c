import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDatabase } from '../../src/backup/export-database.js';
import type { Database } from '../../src/db/open-database.js';

/** sha256 of the database's backup (every table but sessions, header left out): equal fingerprints, equal data. */
export async function fingerprint(db: Database): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fingerprint-'));
  try {
    const file = join(dir, 'dump.jsonl');
    await exportDatabase(db, { file, withPasswordHashes: true, now: new Date(0) });
    const lines = readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
    return createHash('sha256').update(lines).digest('hex');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A response body must not show internals. */
export const STACK_TRACE = /\bat .+\.(ts|js):\d+|node_modules|Prisma|PrismaClient|SQLSTATE|syntax error at/i;
