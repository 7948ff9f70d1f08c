import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IN_MEMORY } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import type { IngestItem, SourceEntry } from '../../src/ingest/read-ingest-sources.js';
import { runBulkIngest } from '../../src/ingest/run-bulk-ingest.js';

const SPEAKERS = ['Der Minister', 'Die Sprecherin', 'Der Bürgermeister', 'Die Polizei', 'Der Trainer', 'Die Ärztin'];
const article = (n: number): SourceEntry => ({
  ok: true,
  item: {
    source: `set:${n}`,
    title: `Artikel ${n}`,
    text: `${SPEAKERS[n % SPEAKERS.length]} sagte am Montag, die Lage in Stadt ${n} sei ernst. Die Opposition widersprach und erklärte, es gebe ${n} gute Gründe.`,
    outlet: 'Testblatt',
    url: null,
    publishedAt: new Date(Date.UTC(2020, 0, 1 + n)),
  } satisfies IngestItem,
});
const articles = (from: number, to: number): SourceEntry[] => Array.from({ length: to - from }, (_, i) => article(from + i));

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: IN_MEMORY });
});
afterAll(async () => db?.close());
const reset = async (): Promise<void> => { await db.prisma.article.deleteMany({}); };

/** Every stored article has exactly the claims of one whole extraction (ordinals 1..n, no gaps). */
async function expectWholeArticles(): Promise<void> {
  const rows = await db.prisma.article.findMany({ select: { id: true, claims: { select: { ordinal: true } } } });
  for (const row of rows) {
    expect(row.claims.length).toBeGreaterThan(0);
    expect(row.claims.map((c) => c.ordinal).sort((a, b) => a - b)).toEqual(row.claims.map((_, i) => i + 1));
  }
}

describe('runBulkIngest', () => {
  it('stores every article with its claims, extracting in worker threads; a second run skips them all by content hash', async () => {
    await reset();
    const first = await runBulkIngest(db, articles(0, 6), { maxBytes: 10_000, workers: 2 });
    expect(first).toMatchObject({ total: 6, stored: 6, skipped: 0, failed: 0, interrupted: false });
    expect(first.claims).toBeGreaterThanOrEqual(6);
    expect(await db.prisma.article.count()).toBe(6);
    await expectWholeArticles();
    const again = await runBulkIngest(db, [...articles(0, 6), article(2)], { maxBytes: 10_000, workers: 0 });
    expect(again).toMatchObject({ total: 7, stored: 0, skipped: 7, failed: 0 });
    expect(await db.prisma.article.count()).toBe(6);
  });

  it('reports a failing article with its reason and stores the others', async () => {
    await reset();
    const tooBig: SourceEntry = { ok: true, item: { ...(article(1) as { item: IngestItem }).item, source: 'big', text: `Er sagte, ${'sehr '.repeat(500)}gut.` } };
    const summary = await runBulkIngest(db, [article(0), tooBig, { ok: false, source: 'feed.csv:3', reason: 'no text' }, article(2)], { maxBytes: 1_000, workers: 0 });
    expect(summary).toMatchObject({ total: 4, stored: 2, failed: 2 });
    expect(summary.failures).toEqual([
      { source: 'feed.csv:3', reason: 'no text' },
      { source: 'big', reason: expect.stringMatching(/bytes, limit 1000/) },
    ]);
    expect((await db.prisma.article.findMany({ select: { title: true }, orderBy: { id: 'asc' } })).map((a) => a.title)).toEqual(['Artikel 0', 'Artikel 2']);
  });

  it('commits each article whole or not at all: a failure after its claims are written leaves nothing of it', async () => {
    await reset();
    const summary = await runBulkIngest(db, articles(0, 4), {
      maxBytes: 10_000,
      workers: 0,
      afterStore: async (tx, articleId) => {
        const row = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true } });
        if (row.title === 'Artikel 2') throw new Error('disk full');
      },
    });
    expect(summary).toMatchObject({ stored: 3, failed: 1 });
    expect(summary.failures[0]).toEqual({ source: 'set:2', reason: 'disk full' });
    expect(await db.prisma.article.count({ where: { title: 'Artikel 2' } })).toBe(0);
    expect(await db.prisma.claim.count({ where: { text: { contains: 'Stadt 2 ' } } })).toBe(0);
    await expectWholeArticles();
  });

  it('an interrupted run, run again, stores exactly the rest', async () => {
    await reset();
    const controller = new AbortController();
    const first = await runBulkIngest(db, articles(0, 10), {
      maxBytes: 10_000,
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => { if (p.stored === 3) controller.abort(); },
    });
    expect(first.interrupted).toBe(true);
    expect(first.stored).toBe(3);
    expect(await db.prisma.article.count()).toBe(3);
    await expectWholeArticles();
    const second = await runBulkIngest(db, articles(0, 10), { maxBytes: 10_000, workers: 2 });
    expect(second).toMatchObject({ stored: 7, skipped: 3, failed: 0, interrupted: false });
    expect(await db.prisma.article.count()).toBe(10);
    await expectWholeArticles();
  });
});
