import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import { loginRateLimit } from './auth/login-rate-limit.js';
import { requireAdmin, requireEditor } from './auth/require-role.js';
import { login, logout, showLogin } from './handlers/auth-handlers.js';
import { addActor, listActors, mergeActor, saveActorEdit, showActorEdit } from './handlers/actor-edit-handlers.js';
import { addRelation, decideClaim, removeRelation, saveClaimEdit, showClaimEdit } from './handlers/claim-edit-handlers.js';
import { ingest, showIngestForm } from './handlers/ingest-handlers.js';
import { reextract } from './handlers/reextract-handler.js';
import { loadArticle } from './loaders/load-article.js';
import { loadEditableClaim } from './loaders/load-editable-claim.js';
import { showReviewQueue } from './handlers/review-handlers.js';
import { addUser, listUsers, setUserRole } from './handlers/user-handlers.js';

/** The editor side, top to bottom: sign-in, then pages for editors, then for admins. */
export function createEditorRoutes({ config, db }: { config: Config; db: Database }): Router {
  const router = Router();

  router.get('/login', showLogin);
  router.post('/login', loginRateLimit(config, db), login(db));
  router.post('/logout', logout);

  router.get('/review', requireEditor, showReviewQueue(db));
  router.get('/ingest', requireEditor, showIngestForm(config));
  router.post('/ingest', requireEditor, ingest(db, config));
  router.post('/articles/:id/reextract', requireEditor, loadArticle(db), reextract(db));

  const claim = loadEditableClaim(db);
  router.get('/claims/:id/edit', requireEditor, claim, showClaimEdit);
  router.post('/claims/:id/edit', requireEditor, claim, saveClaimEdit(db));
  router.post('/claims/:id/confirm', requireEditor, claim, decideClaim(db, 'confirm'));
  router.post('/claims/:id/reject', requireEditor, claim, decideClaim(db, 'reject'));
  router.post('/claims/:id/relations', requireEditor, claim, addRelation(db));
  router.post('/claims/:id/relations/:relationId/delete', requireEditor, claim, removeRelation(db));

  router.get('/actors', requireEditor, listActors(db));
  router.post('/actors', requireEditor, addActor(db));
  router.post('/actors/merge', requireEditor, mergeActor(db));
  router.get('/actors/:id/edit', requireEditor, showActorEdit(db));
  router.post('/actors/:id/edit', requireEditor, saveActorEdit(db));

  router.get('/users', requireAdmin, listUsers(db));
  router.post('/users', requireAdmin, addUser(db));
  router.post('/users/:id/role', requireAdmin, setUserRole(db));

  return router;
}
