import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import pg from 'pg';
import { createApp } from '../../src/app.js';
import { loadDemoArticle } from '../../src/articles/load-demo-article.js';
import { IN_MEMORY, parseConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { createLogger } from '../../src/logger.js';

/** An app wired as in production, on an in-memory PGlite (or the given PostgreSQL). */
export interface TestApp {
  app: Express;
  db: Database;
  config: Config;
  close(): Promise<void>;
}

/** Builds the app on a fresh database; the demo article is loaded unless `demo: false`. */
export async function createTestApp(options: { demo?: boolean; databaseUrl?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const config = parseConfig({
    NODE_ENV: 'test',
    DATA_DIR: IN_MEMORY,
    SESSION_SECRET: 'test-session-secret-of-32-chars!!',
    LOG_LEVEL: process.env.LOG_LEVEL,
    ...options.env,
  });
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: IN_MEMORY });
  if (options.demo ?? true) await loadDemoArticle(db, { maxBytes: config.limits.articleBytes });
  const app = createApp({ config, db, logger: createLogger(config) });
  return { app, db, config, close: () => db.close() };
}

/**
 * Like {@link createTestApp}, but on PostgreSQL in a schema of its own (named
 * `<prefix>_<random>`, dropped by `close`) when TEST_DATABASE_URL is set, so
 * raw SQL (search, statistics) runs on both databases; on in-memory PGlite
 * otherwise.
 */
export async function createSchemaTestApp(
  prefix: string,
  options: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return createTestApp(options);
  const schema = `${prefix}_${randomBytes(4).toString('hex')}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  // Prisma's `schema` qualifies model queries only; raw SQL needs the search path.
  url.searchParams.set('options', `-c search_path=${schema}`);
  const testApp = await createTestApp({ ...options, databaseUrl: url.toString() });
  return {
    ...testApp,
    close: async () => {
      await testApp.close();
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/**
 * `testApp`'s app built again on the same database, with every Prisma
 * operation (primary and reader client alike) reported to `onOperation` as
 * `model.operation` (`raw.…` for raw SQL): for the query-count tests.
 */
export function createCountingApp(testApp: TestApp, onOperation: (name: string) => void): Express {
  const prisma = testApp.db.prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        onOperation(`${model ?? 'raw'}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  const db: Database = { ...testApp.db, prisma, reader: prisma };
  return createApp({ config: testApp.config, db, logger: createLogger(testApp.config) });
}

/** Starts `app` on a free loopback port. */
export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = await new Promise((resolve, reject) => {
    const started = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(started)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
