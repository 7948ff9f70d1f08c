import session from 'express-session';
import type { RequestHandler } from 'express';
import type { Config } from '../../config.js';
import type { Database } from '../../db/open-database.js';
import { PrismaSessionStore } from './prisma-session-store.js';

declare module 'express-session' {
  interface SessionData {
    /** The signed-in user. */
    userId?: number;
    /** Synchronizer token every POST form must send back (see csrf-protection.ts). */
    csrfToken?: string;
  }
}

/** Name of the session cookie. */
export const SESSION_COOKIE = 'claimtrail.sid';

/** Server-side sessions in the database; only a signed, httpOnly, SameSite=Lax cookie goes to the browser. */
export function sessions({ config, db }: { config: Config; db: Database }): RequestHandler {
  const maxAgeMs = config.auth.sessionMaxAgeMinutes * 60 * 1000;
  return session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new PrismaSessionStore(db, maxAgeMs),
    resave: false,
    saveUninitialized: false,
    rolling: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.env === 'production', maxAge: maxAgeMs, path: '/' },
  });
}
