import express from 'express';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { Database } from '../../src/db/open-database.js';
import { ReadReplica } from '../../src/db/read-replica.js';
import { routeReadersToReplica } from '../../src/web/route-readers-to-replica.js';
import { listen } from '../setup/start-test-app.js';

/** The error Prisma (with the pg driver adapter) throws when a hot standby cancels a query for a conflict with recovery. */
function recoveryConflict(): Error {
  return Object.assign(new Error('Transaction failed due to a write conflict or a deadlock. Please retry your transaction'), {
    name: 'PrismaClientKnownRequestError',
    code: 'P2034',
    meta: {
      driverAdapterError: {
        name: 'DriverAdapterError',
        cause: { kind: 'TransactionWriteConflict', originalCode: '40001', originalMessage: 'canceling statement due to conflict with recovery' },
      },
    },
  });
}

/**
 * An app whose reader route fails on the replica's view of the database with `failure`, and answers on the
 * primary's. The replica client is never queried: the route only compares which view it was built on.
 */
async function appFailingOnReplica(failure: () => Error) {
  const primary = { name: 'primary' } as unknown as PrismaClient;
  const replica = new ReadReplica({ name: 'replica' } as unknown as PrismaClient);
  const db = { prisma: primary, reader: replica.prisma, replica } as unknown as Database;
  const app = express();
  app.use((req, _res, next) => { req.log = pino({ level: 'silent' }); next(); });
  app.use(routeReadersToReplica(db, (view) => express.Router().get('/claims', (_req, res) => {
    if (view.prisma !== primary) throw failure();
    res.send('read on the primary');
  })));
  app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => { res.status(500).send(error.message); });
  return { server: await listen(app), replica };
}

describe('routeReadersToReplica', () => {
  it('runs a reader request again on the primary when the standby cancels its query (conflict with recovery), and keeps using the replica', async () => {
    const { server, replica } = await appFailingOnReplica(recoveryConflict);
    try {
      const res = await fetch(`${server.url}/claims`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('read on the primary');
      expect(replica.usable).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('passes any other replica error on', async () => {
    const { server } = await appFailingOnReplica(() => new Error('template broke'));
    try {
      const res = await fetch(`${server.url}/claims`);
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('template broke');
    } finally {
      await server.close();
    }
  });
});
