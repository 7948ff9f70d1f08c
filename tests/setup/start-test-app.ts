import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createApp } from '../../src/app.js';
import { loadDemoArticle } from '../../src/articles/load-demo-article.js';
import { IN_MEMORY, parseConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
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
