import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Config } from './config.js';
import type { Database } from './db/open-database.js';
import type { Logger } from './logger.js';
import { errorHandler } from './web/middleware/error-handler.js';
import { notFound } from './web/middleware/not-found.js';
import { requestLogger } from './web/middleware/request-logger.js';
import { securityHeaders } from './web/middleware/security-headers.js';
import { createRoutes } from './web/routes.js';
import { csrfProtection } from './web/auth/csrf-protection.js';
import { currentUser } from './web/auth/current-user.js';
import { sessions } from './web/auth/sessions.js';
import { parseForms } from './web/middleware/parse-forms.js';

const VIEWS_DIR = fileURLToPath(new URL('../views/', import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));

/** What the web app needs from the outside world. */
export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
}

/** Builds the Express app (middleware, routes, error handling) without listening. */
export function createApp({ config, db, logger }: AppDeps): Express {
  const app = express();
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  app.set('trust proxy', config.trustProxy);
  if (config.env === 'production') app.enable('view cache');

  app.use(requestLogger(logger));
  app.use(securityHeaders({ production: config.env === 'production' }));
  app.use(compression());
  app.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: config.env === 'production' ? '1d' : 0 }));
  // Editor sign-in: form bodies, database sessions, the user, CSRF tokens (in this order).
  app.use(parseForms(config));
  app.use(sessions({ config, db }));
  app.use(currentUser(db));
  app.use(csrfProtection);
  app.use(createRoutes({ config, db }));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
