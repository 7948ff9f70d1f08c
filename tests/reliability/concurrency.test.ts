/**
 * Concurrency: parallel editors saving the same claim version (exactly one
 * wins, the others get 409, no lost update), parallel ingestion of the same
 * text (stored once, the others get the duplicate answer), and a burst of
 * reader requests while an article is being ingested (all answered, none
 * 5xx; 1,000 requests with CLAIMTRAIL_LONG_TESTS=1, else 200). On PGlite and,
 * when TEST_DATABASE_URL is set, PostgreSQL (real parallel transactions).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, listen, type TestApp } from '../setup/start-test-app.js';
import { addUser, signIn, type Session } from '../web/editor/editor-session.js';
import { postgresTarget, type DatabaseTarget } from '../db/database-targets.js';

const LONG = process.env['CLAIMTRAIL_LONG_TESTS'] === '1';
const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] || undefined;
const BURST = LONG ? 1000 : 200;
const EDITORS = 8;

/** PostgreSQL: a database of this test's own on the TEST_DATABASE_URL server, dropped at the end. */
const postgres: DatabaseTarget | undefined = TEST_DATABASE_URL ? postgresTarget(TEST_DATABASE_URL) : undefined;
const targets: { name: string; postgres?: DatabaseTarget }[] = [{ name: 'pglite' }];
if (postgres) targets.push({ name: 'postgres', postgres });

for (const target of targets) {
  describe(`concurrency on ${target.name}`, { timeout: 600_000 }, () => {
    let testApp: TestApp;
    let sessions: Session[];
    beforeAll(async () => {
      testApp = await createTestApp({ databaseUrl: target.postgres ? (await target.postgres.fresh()).databaseUrl : undefined });
      sessions = [];
      for (let i = 0; i < EDITORS; i++) {
        await addUser(testApp.db, `ed${i}@example.org`, 'editor');
        sessions.push(await signIn(testApp, `ed${i}@example.org`));
      }
    }, 300_000);
    afterAll(async () => {
      await testApp?.close();
      await target.postgres?.dispose();
    });

    it(`${EDITORS} editors save the same claim version at once: one wins, the rest get 409, one audit entry`, async () => {
      const claim = await testApp.db.prisma.claim.findFirstOrThrow({
        where: { status: 'machine', speakerStart: { not: null } },
        orderBy: { id: 'asc' },
        include: { party: true, relays: { include: { party: true } } },
      });
      const form = (i: number) => ({
        version: String(claim.version),
        kind: claim.kind,
        start: String(claim.start),
        end: String(claim.end - (i % 3)),
        speakerStart: String(claim.speakerStart),
        speakerEnd: String(claim.speakerEnd),
        cueStart: claim.cueStart === null ? '' : String(claim.cueStart),
        cueEnd: claim.cueEnd === null ? '' : String(claim.cueEnd),
        actorId: claim.actorId === null ? '' : String(claim.actorId),
        party: claim.party.key,
        via: claim.relays.map((relay) => relay.party.key).join(', '),
      });
      for (const session of sessions) await session.page(`/claims/${claim.id}/edit`);
      const kinds = ['direct', 'indirect', 'mixed', 'reported', 'author'].filter((kind) => kind !== claim.kind);
      const results = await Promise.all(
        sessions.map((session, i) => session.agent.post(`/claims/${claim.id}/edit`).type('form').send({ _csrf: session.csrf, ...form(i), kind: kinds[i % kinds.length]! })),
      );
      const statuses = results.map((res) => res.status).sort();
      expect(statuses).toEqual([303, ...Array<number>(EDITORS - 1).fill(409)]);
      const after = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(after.version).toBe(claim.version + 1);
      const winner = results.findIndex((res) => res.status === 303);
      expect(after.kind).toBe(kinds[winner % kinds.length]);
      expect(await testApp.db.prisma.auditEntry.count({ where: { entityType: 'claim', entityId: String(claim.id) } })).toBe(1);
      console.info(`[reliability] concurrency (${target.name}): ${EDITORS} simultaneous saves of one claim version: 1 saved, ${EDITORS - 1} got 409`);
    });

    it('the same article ingested 6 times at once is stored once; the others get the duplicate answer', async () => {
      const before = await testApp.db.prisma.article.count();
      const text = `Der Sprecher sagte am ${target.name}-Tag, die Verhandlungen seien gescheitert.\n\nTeheran wies das zurück.`;
      for (const session of sessions.slice(0, 6)) await session.page('/ingest');
      const results = await Promise.all(
        sessions.slice(0, 6).map((session) => session.agent.post('/ingest').field('_csrf', session.csrf).field('title', 'Parallel').field('text', text)),
      );
      const statuses = results.map((res) => res.status).sort();
      expect(statuses).toEqual([303, 409, 409, 409, 409, 409]);
      for (const res of results.filter((r) => r.status === 409)) expect(res.text).toContain('already been ingested');
      expect(await testApp.db.prisma.article.count()).toBe(before + 1);
      console.info(`[reliability] concurrency (${target.name}): 6 simultaneous ingests of one text: stored once, 5 duplicate answers`);
    });

    it(`answers a burst of ${BURST} reader requests during an ingest, none 5xx`, async () => {
      const server = await listen(testApp.app);
      try {
        const article = await testApp.db.prisma.article.findFirstOrThrow({ select: { id: true } });
        const claim = await testApp.db.prisma.claim.findFirstOrThrow({ select: { id: true } });
        const paths = ['/', '/articles', `/articles/${article.id}`, `/claims/${claim.id}`, '/parties', '/parties/Tehran', '/search?q=Iran', '/api/claims', '/api/disputes', '/healthz'];
        await sessions[0]!.page('/ingest');
        const longText = Array.from({ length: 60 }, (_, i) => `Laut Reuters sagte der Sprecher am Tag ${i}, die Lage sei ernst. Washington wies das am ${i}. zurück.`).join('\n\n');
        const ingest = sessions[0]!.agent.post('/ingest').field('_csrf', sessions[0]!.csrf).field('title', 'During the burst').field('text', longText);
        const statuses: number[] = [];
        let next = 0;
        const worker = async () => {
          while (next < BURST) {
            const path = paths[next++ % paths.length]!;
            const res = await fetch(`${server.url}${path}`);
            await res.arrayBuffer();
            statuses.push(res.status);
          }
        };
        const [ingested] = await Promise.all([ingest, ...Array.from({ length: 20 }, worker)]);
        expect(ingested.status).toBe(303);
        expect(statuses.length).toBe(BURST);
        const counts = statuses.reduce<Record<number, number>>((acc, status) => ({ ...acc, [status]: (acc[status] ?? 0) + 1 }), {});
        expect(counts).toEqual({ 200: BURST });
        console.info(`[reliability] concurrency (${target.name}): ${BURST} reader requests (20 at a time) during an ingest: all 200`);
      } finally {
        await server.close();
      }
    });
  });
}
