import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { loadDemoArticle } from './articles/load-demo-article.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { AppError } from './errors.js';
import { createLogger } from './logger.js';

/** How long open connections may take to finish after a shutdown signal. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, replicaUrl: config.databaseReplicaUrl, dataDir: config.dataDir });
  logger.info({ database: db.kind, migrationsApplied: db.migrations.applied, seeded: db.seeded }, 'database ready');
  if (db.replica) {
    const replica = await db.replica.check(db.prisma);
    if (replica.status === 'ok') logger.info({ replica }, 'read replica ready: reader pages read from it');
    else logger.warn({ replica }, 'read replica not answering: reader pages read from the primary until it does');
  }
  for (const warning of db.migrations.warnings) logger.warn({ warning }, 'migration history');

  if (config.demo) {
    const demo = await loadDemoArticle(db, { maxBytes: config.limits.articleBytes });
    if (demo) logger.info({ articleId: demo.id, claims: demo.claimCount }, 'demo article loaded');
  }

  const app = createApp({ config, db, logger });
  const server = app.listen(config.port, config.host);
  server.on('listening', () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/` }, 'Claimtrail is listening');
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'server could not start');
    void db.close().finally(() => process.exit(1));
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      clearTimeout(force);
      db.close().then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'database did not close cleanly');
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // Configuration problems are the reader's to fix: print them plainly.
  if (error instanceof AppError && error.code === 'CONFIG_INVALID') console.error(error.message);
  else console.error('Claimtrail could not start:', error);
  process.exit(1);
});
