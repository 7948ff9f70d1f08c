import type { RequestHandler } from 'express';
import type { Database } from '../../db/open-database.js';
import type { UserRole } from '../../generated/prisma/client.js';

/** The signed-in user as handlers and views see it. */
export interface Viewer {
  id: number;
  name: string;
  email: string;
  role: UserRole;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in user (set by {@link currentUser}), or undefined for readers. */
    viewer?: Viewer;
  }
}

/** Loads the session's user into `req.viewer` and `res.locals.viewer`; a disabled or deleted user is signed out. */
export function currentUser(db: Database): RequestHandler {
  return async (req, res, next) => {
    const userId = req.session?.userId;
    res.locals.viewer = null;
    if (userId === undefined) return next();
    const user = await db.prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true, disabledAt: true } });
    if (!user || user.disabledAt !== null) {
      delete req.session.userId;
      return next();
    }
    req.viewer = { id: user.id, name: user.name, email: user.email, role: user.role };
    res.locals.viewer = req.viewer;
    next();
  };
}
