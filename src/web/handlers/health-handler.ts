import type { RequestHandler } from 'express';
import type { Database } from '../../db/open-database.js';

/** Health check for load balancers: 200 when the database answers, 503 when not. */
export function checkHealth(db: Database): RequestHandler {
  return async (req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      res.json({ status: 'ok', database: db.kind });
    } catch (error) {
      req.log.error({ err: error }, 'health check: database unavailable');
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  };
}
