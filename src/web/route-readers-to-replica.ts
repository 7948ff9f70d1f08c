import type { RequestHandler, Router } from 'express';
import type { Database } from '../db/open-database.js';
import { AppError, isDatabaseUnavailable, isQueryConflict } from '../errors.js';

/**
 * Serves the reader routes from the read replica when one is configured.
 * `build` makes the routes twice: on the primary, and on a view of the
 * database whose `prisma` is the replica's client. Per request:
 *
 * - signed-in editors read the primary (read-your-writes: the page an editor
 *   is sent to after a save shows the save);
 * - readers read the replica while it is usable;
 * - when the replica cannot be reached, the request runs again on the
 *   primary (nothing was sent yet) and readers use the primary for a few
 *   seconds ({@link ReadReplica.markDown});
 * - a not-found on the replica (a row not replicated yet) is looked up on the primary;
 * - a query the standby cancelled for a conflict with recovery (replay needed what
 *   it read) runs again on the primary; the replica stays in use.
 *
 * Without a replica it is simply the primary's routes.
 */
export function routeReadersToReplica(db: Database, build: (db: Database) => Router): RequestHandler {
  const onPrimary = build(db);
  const replica = db.replica;
  if (replica === null) return onPrimary;
  const onReplica = build({ ...db, prisma: replica.prisma });
  return (req, res, next) => {
    if (req.viewer !== undefined || !replica.usable) return onPrimary(req, res, next);
    onReplica(req, res, (error?: unknown) => {
      if (error === undefined || typeof error === 'string' || res.headersSent) return next(error);
      if (isDatabaseUnavailable(error) || (error instanceof AppError && error.code === 'DATABASE_UNAVAILABLE')) {
        replica.markDown();
        req.log.warn({ err: error }, 'read replica unavailable: reading from the primary');
      } else if (isQueryConflict(error)) {
        req.log.info({ err: error }, 'read replica cancelled the query (conflict with recovery): reading from the primary');
      } else if (!(error instanceof AppError && error.status === 404)) {
        return next(error);
      }
      onPrimary(req, res, next);
    });
  };
}
