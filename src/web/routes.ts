import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import { showArticleJson, showArticlePage } from './handlers/article-handlers.js';
import { checkHealth } from './handlers/health-handler.js';
import { loadArticle } from './loaders/load-article.js';
import { createReaderRoutes } from './reader-routes.js';
import { createEditorRoutes } from './editor-routes.js';
import { routeReadersToReplica } from './route-readers-to-replica.js';

/** What the routes need. */
export interface RouteDeps {
  config: Config;
  db: Database;
}

/** Every route of the app, top to bottom. */
export function createRoutes({ config, db }: RouteDeps): Router {
  const router = Router();

  // Disputes (front page), articles, claims, parties, actors, search, JSON API, exports:
  // readers read the replica when one is configured, editors the primary.
  router.use(routeReadersToReplica(db, readerRoutes));

  router.get('/healthz', checkHealth(db));

  // Sign-in, review, ingest and corrections (editors and admins).
  router.use(createEditorRoutes({ config, db }));
  return router;
}

/** The reader's routes on one database (the primary, or the replica's view of it). */
function readerRoutes(db: Database): Router {
  const router = Router();
  const article = loadArticle(db);
  router.use(createReaderRoutes({ db }));
  router.get('/articles/:id', article, showArticlePage);
  router.get('/api/articles/:id', article, showArticleJson);
  return router;
}
