import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { renderLoginForm } from '../handlers/auth-handlers.js';

/**
 * Limits failed sign-ins per IP address and login name (successful ones do
 * not count): after `loginMaxAttempts` failures in the window, 429 with the
 * login form and a plain message.
 */
export function loginRateLimit(config: Config): RequestHandler {
  return rateLimit({
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
    handler: (req, res) => {
      const error = new AppError('LOGIN_RATE_LIMITED', {
        message: `Too many sign-in attempts. Please wait ${config.auth.loginWindowMinutes} minutes and try again.`,
      });
      renderLoginForm(req, res, { status: 429, error: error.message });
    },
  });
}
