import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { OpenDatabaseOptions } from '../../src/db/open-database.js';

/** A kind of database the suite runs against; `fresh()` gives a new, empty one. */
export interface DatabaseTarget {
  name: 'pglite' | 'postgres';
  /** Options for openDatabase pointing at a new empty database (reopenable). */
  fresh(): Promise<OpenDatabaseOptions>;
  /** Removes every database created by `fresh()`. */
  dispose(): Promise<void>;
}

/** PGlite databases in temp data folders (persisted, so they can be reopened). */
export function pgliteTarget(): DatabaseTarget {
  const folders: string[] = [];
  return {
    name: 'pglite',
    fresh: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-db-test-'));
      folders.push(dataDir);
      return { dataDir };
    },
    dispose: async () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Uniquely named databases on the PostgreSQL server of `baseUrl`
 * (TEST_DATABASE_URL), created on demand and dropped by `dispose()`.
 */
export function postgresTarget(baseUrl: string): DatabaseTarget {
  const run = `claimtrail_test_${process.pid}_${Date.now().toString(36)}`;
  const created: string[] = [];
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    fresh: async () => {
      const name = `${run}_${created.length + 1}`;
      await admin((client) => client.query(`CREATE DATABASE "${name}"`));
      created.push(name);
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      return { databaseUrl: url.toString() };
    },
    dispose: async () => {
      await admin(async (client) => {
        for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}
