import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import { showArticleJson, showArticlePage } from './handlers/article-handlers.js';
import { checkHealth } from './handlers/health-handler.js';
import { loadArticle } from './loaders/load-article.js';
import { createPageCache, type PageCache } from './middleware/page-cache.js';
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
  router.get('/healthz', checkHealth(db));

  // Disputes (front page), articles, claims, parties, actors, search, JSON API, exports:
  // readers read the replica when one is configured, editors the primary. Readers who are
  // not signed in get rendered pages from the page cache (PAGE_CACHE_MB) while the data
  // version of the database read is unchanged.
  const pageCache = config.pageCacheBytes > 0 ? createPageCache(config.pageCacheBytes) : null;
  router.use(routeReadersToReplica(db, (view) => readerRoutes(view, pageCache)));

  // Sign-in, review, ingest and corrections (editors and admins).
  router.use(createEditorRoutes({ config, db }));
  return router;
}

/** The reader's routes on one database (the primary, or the replica's view of it). */
function readerRoutes(db: Database, pageCache: PageCache | null): Router {
  const router = Router();
  const article = loadArticle(db);
  if (pageCache) router.use(pageCache.serve(db));
  router.use(createReaderRoutes({ db }));
  router.get('/articles/:id', article, showArticlePage);
  router.get('/api/articles/:id', article, showArticleJson);
  // Not a reader route, or an error: what is sent from here on is not a cached page.
  if (pageCache) router.use(pageCache.pass, pageCache.passError);
  return router;
}
