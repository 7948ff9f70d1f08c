import type { RequestHandler } from 'express';
import type { Database } from '../../db/open-database.js';

/**
 * Health check for load balancers: 200 when the primary database answers,
 * 503 when not. With a read replica it also reports the replica's state and
 * replay lag; a replica that does not answer leaves the status 200 (readers
 * are then served from the primary) and says `"replica": {"status": "unavailable"}`.
 */
export function checkHealth(db: Database): RequestHandler {
  return async (req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      if (db.replica === null) {
        res.json({ status: 'ok', database: db.kind });
        return;
      }
      const replica = await db.replica.check(db.prisma);
      if (replica.status !== 'ok') req.log.warn('health check: read replica unavailable, readers use the primary');
      res.json({ status: 'ok', database: db.kind, replica });
    } catch (error) {
      req.log.error({ err: error }, 'health check: database unavailable');
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  };
}
