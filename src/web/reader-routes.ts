import { Router } from 'express';
import type { Database } from '../db/open-database.js';
import { showActorJson, showActorPage } from './handlers/actor-handlers.js';
import { exportClaimsCsv, listClaimsJson, showClaimJson, showClaimPage } from './handlers/claim-handlers.js';
import { listDisputesJson, showDisputesPage } from './handlers/dispute-handlers.js';
import { listPartiesJson, listPartiesPage, showPartyJson, showPartyPage } from './handlers/party-handlers.js';
import { listArticlePage, listArticlePageJson, showAnnotations } from './handlers/reader-article-handlers.js';
import { searchJson, showSearchPage } from './handlers/search-handlers.js';
import { loadArticle } from './loaders/load-article.js';
import { loadActor, loadClaim, loadParty } from './loaders/load-reader-entities.js';

/** The reader side, top to bottom: pages, then the JSON API, then exports. */
export function createReaderRoutes({ db }: { db: Database }): Router {
  const router = Router();
  const article = loadArticle(db);
  const claim = loadClaim(db);
  const party = loadParty(db);
  const actor = loadActor(db);

  router.get('/', showDisputesPage(db));
  router.get('/articles', listArticlePage(db));
  router.get('/claims/:id', claim, showClaimPage);
  router.get('/parties', listPartiesPage(db));
  router.get('/parties/:key', party, showPartyPage(db));
  router.get('/actors/:id', actor, showActorPage(db));
  router.get('/search', showSearchPage(db));

  router.get('/api/disputes', listDisputesJson(db));
  router.get('/api/articles', listArticlePageJson(db));
  router.get('/api/articles/:id/annotations', article, showAnnotations);
  router.get('/api/claims', listClaimsJson(db));
  router.get('/api/claims/:id', claim, showClaimJson);
  router.get('/api/parties', listPartiesJson(db));
  router.get('/api/parties/:key', party, showPartyJson(db));
  router.get('/api/actors/:id', actor, showActorJson(db));
  router.get('/api/search', searchJson(db));

  router.get('/export/claims.csv', exportClaimsCsv(db));
  router.get('/export/articles/:id/annotations.jsonld', article, showAnnotations);
  return router;
}
