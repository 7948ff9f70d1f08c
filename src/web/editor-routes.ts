import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import { loginRateLimit } from './auth/login-rate-limit.js';
import { requireEditor } from './auth/require-role.js';
import { login, logout, showLogin } from './handlers/auth-handlers.js';
import { showReviewQueue } from './handlers/review-handlers.js';

/** The editor side, top to bottom: sign-in, then pages for editors, then for admins. */
export function createEditorRoutes({ config, db }: { config: Config; db: Database }): Router {
  const router = Router();

  router.get('/login', showLogin);
  router.post('/login', loginRateLimit(config), login(db));
  router.post('/logout', logout);

  router.get('/review', requireEditor, showReviewQueue(db));

  return router;
}
