import type { Request, RequestHandler } from 'express';
import { AppError } from '../../errors.js';
import type { UserRole } from '../../generated/prisma/client.js';
import type { Viewer } from './current-user.js';

/**
 * Lets signed-in users with one of `roles` through. Anonymous GETs are
 * redirected to the login page (coming back afterwards); anonymous POSTs get
 * 401, other roles 403.
 */
export function requireRole(...roles: UserRole[]): RequestHandler {
  return (req, res, next) => {
    if (!req.viewer) {
      if (req.method === 'GET') return res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
      return next(new AppError('UNAUTHENTICATED'));
    }
    if (!roles.includes(req.viewer.role)) return next(new AppError('FORBIDDEN'));
    next();
  };
}

/** Editors and admins. */
export const requireEditor = requireRole('editor', 'admin');
/** Admins only. */
export const requireAdmin = requireRole('admin');

/** The signed-in user (a programming error when requireRole did not run). */
export function signedIn(req: Request): Viewer {
  if (!req.viewer) throw new Error('requireRole must run before this handler');
  return req.viewer;
}
