import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { AppError } from '../../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The name of the hidden form field (views/partials/csrf.ejs). */
export const CSRF_FIELD = '_csrf';

/** The session's CSRF token, created on first use (this saves the session). */
export function csrfToken(req: Request): string {
  req.session.csrfToken ??= randomBytes(32).toString('base64url');
  return req.session.csrfToken;
}

/**
 * Synchronizer-token CSRF protection: every non-GET request must send the
 * session's token in the `_csrf` form field (or an `X-CSRF-Token` header),
 * else CSRF_INVALID (403). Views get a lazy `csrfToken()` to print the field.
 * Runs after the body parsers (urlencoded and multipart).
 */
export const csrfProtection: RequestHandler = (req, res, next) => {
  res.locals.csrfToken = () => csrfToken(req);
  if (SAFE_METHODS.has(req.method)) return next();
  const expected = req.session.csrfToken;
  const body = req.body as Record<string, unknown> | undefined;
  const sent = body?.[CSRF_FIELD] ?? req.get('x-csrf-token');
  if (typeof expected !== 'string' || typeof sent !== 'string' || !sameToken(expected, sent)) {
    return next(new AppError('CSRF_INVALID'));
  }
  next();
};

function sameToken(expected: string, sent: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}
