/**
 * The database going away during requests: readers get a clear 503 page (JSON
 * under /api/), /healthz says 503, nothing leaks, and the app recovers by
 * itself when the database returns. PostgreSQL half: a throwaway cluster of
 * this test's own is killed (`pg_ctl -m immediate`) and restarted
 * (CLAIMTRAIL_LONG_TESTS=1). PGlite half: the embedded database closed under
 * the app. (A failed migration leaving the database as it was is tested in
 * tests/db/database.test.ts, "a failing migration ...".)
 */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/start-test-app.js';
import { postgresInstalled, startThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster.js';

const LONG = process.env['CLAIMTRAIL_LONG_TESTS'] === '1';
const READER_PATHS = ['/', '/articles', '/articles/1', '/claims/1', '/parties', '/search?q=Iran', '/api/articles', '/api/claims', '/export/claims.csv'];

async function expectUnavailable(testApp: TestApp, path: string): Promise<void> {
  const res = await request(testApp.app).get(path);
  expect([path, res.status]).toEqual([path, 503]);
  expect(res.headers['retry-after']).toBe('30');
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+|prisma|pglite|ECONNREFUSED|127\.0\.0\.1/i);
  if (path.startsWith('/api/')) expect(res.body.error.code).toBe('DATABASE_UNAVAILABLE');
  else expect(res.text).toContain('The database is not available at the moment');
}

describe('PGlite closed under the app', { timeout: 120_000 }, () => {
  it('every reader page answers 503 with the clear page', async () => {
    const testApp = await createTestApp({ demo: false });
    await testApp.close();
    for (const path of READER_PATHS) await expectUnavailable(testApp, path);
    expect((await request(testApp.app).get('/healthz')).status).toBe(503);
    console.info(`[reliability] faults: ${READER_PATHS.length + 1} requests on a closed PGlite: all 503`);
  });
});

describe.skipIf(!LONG || !postgresInstalled())('PostgreSQL killed and restarted (CLAIMTRAIL_LONG_TESTS=1)', { timeout: 600_000 }, () => {
  let cluster: ThrowawayCluster | undefined;
  let testApp: TestApp | undefined;
  afterAll(async () => {
    await testApp?.close();
    cluster?.remove();
  });

  it('503 while it is down, 200 again once it is back, no data lost', async () => {
    cluster = startThrowawayCluster();
    testApp = await createTestApp({ databaseUrl: cluster.url });
    const claimsBefore = await testApp.db.prisma.claim.count();
    for (const path of READER_PATHS) expect([path, (await request(testApp.app).get(path)).status]).toEqual([path, 200]);

    // Requests in flight when it dies get an answer too (503 or, if they finished first, 200).
    const inFlight = Promise.all(READER_PATHS.map((path) => request(testApp!.app).get(path)));
    cluster.kill();
    for (const res of await inFlight) expect([200, 503]).toContain(res.status);

    for (const path of READER_PATHS) await expectUnavailable(testApp, path);
    expect((await request(testApp.app).get('/healthz')).body).toEqual({ status: 'unavailable', database: 'postgres' });

    cluster.restart();
    let health = 0;
    for (let attempt = 0; attempt < 30 && health !== 200; attempt++) {
      health = (await request(testApp.app).get('/healthz')).status;
      if (health !== 200) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(health).toBe(200);
    for (const path of READER_PATHS) expect([path, (await request(testApp.app).get(path)).status]).toEqual([path, 200]);
    expect(await testApp.db.prisma.claim.count()).toBe(claimsBefore);
    console.info(`[reliability] faults: PostgreSQL killed with ${READER_PATHS.length} requests in flight, ${READER_PATHS.length + 1} requests while down (503), recovered`);
  });
});
