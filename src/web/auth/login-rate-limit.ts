import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import type { Config } from '../../config.js';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';
import { renderLoginForm } from '../handlers/auth-handlers.js';
import { PrismaRateLimitStore } from './prisma-rate-limit-store.js';

/** Failed sign-ins allowed from one IP address across all login names, as a multiple of the per-name limit. */
const PER_IP_FACTOR = 10;

/**
 * Limits failed sign-ins per IP address and login name (successful ones do
 * not count): after `loginMaxAttempts` failures in the window, 429 with the
 * login form and a plain message. A looser limit per IP address alone stops
 * one address from trying many names. The counters live in the database
 * (`login_attempts`), so all app processes on one database count together;
 * when the database cannot be reached, sign-in answers 503 like every page.
 */
export function loginRateLimit(config: Config, db: Database): RequestHandler[] {
  const handler = (req: Parameters<typeof renderLoginForm>[0], res: Parameters<typeof renderLoginForm>[1]) => {
    const error = new AppError('LOGIN_RATE_LIMITED', {
      message: `Too many sign-in attempts. Please wait ${config.auth.loginWindowMinutes} minutes and try again.`,
    });
    renderLoginForm(req, res, { status: 429, error: error.message });
  };
  const perIp = rateLimit({
    windowMs: config.auth.loginWindowMinutes * 60 * 1000,
    limit: config.auth.loginMaxAttempts * PER_IP_FACTOR,
    skipSuccessfulRequests: true,
    standardHeaders: false,
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
    store: new PrismaRateLimitStore(db, 'ip:'),
    handler,
  });
  const perName = rateLimit({
    windowMs: config.auth.loginWindowMinutes * 60 * 1000,
    limit: config.auth.loginMaxAttempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const login = typeof body?.login === 'string' ? body.login.trim().toLowerCase() : '';
      return `${ipKeyGenerator(req.ip ?? 'unknown')}|${login}`;
    },
    store: new PrismaRateLimitStore(db, 'name:'),
    handler,
  });
  return [perIp, perName];
}
