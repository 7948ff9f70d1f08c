import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewClaim } from '../../../src/claims/review-claim.js';
import type { TestApp } from '../../setup/start-test-app.js';
import { createReaderTestApp, insertArticle } from './reader-fixture.js';

/**
 * The lists read a page's ids along indexes (dated articles newest first,
 * then undated ones) instead of sorting every claim; the order and paging
 * must stay: publication date newest first with undated articles last, then
 * article id descending, then text order; every page continues the last.
 */
let testApp: TestApp;
/** Every claim as the lists must order it: [publishedAt ms or +Infinity for undated, articleId, start, id]. */
const rows: Array<{ id: number; party: string; date: number; articleId: number; start: number }> = [];
const articleRows: Array<{ id: number; date: number }> = [];

/** Claims of one article: `n` sentences, each a claim, by Washington except every third by Tehran. */
async function addArticle(title: string, publishedAt: Date | null, n: number): Promise<void> {
  const sentences = Array.from({ length: n }, (_, i) => `${title} Satz ${i} sei wahr.`);
  const text = sentences.join(' ');
  const claims = sentences.map((sentence, i) => ({ text: sentence.slice(0, -1), party: i % 3 === 2 ? 'Tehran' : 'Washington' }));
  // Stored in reverse text order, so ids and text order disagree.
  const { articleId, claimIds } = await insertArticle(testApp.db, { title, text, publishedAt: publishedAt ?? undefined, claims: [...claims].reverse() });
  if (publishedAt === null) await testApp.db.prisma.article.update({ where: { id: articleId }, data: { publishedAt: null } });
  const date = publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  articleRows.push({ id: articleId, date });
  for (const [index, id] of claimIds.entries()) {
    const claim = [...claims].reverse()[index]!;
    rows.push({ id, party: claim.party, date, articleId, start: text.indexOf(claim.text) });
  }
}

const byListOrder = (a: { date: number; articleId: number; start: number; id: number }, b: typeof a): number =>
  (a.date === b.date ? 0 : a.date === Number.POSITIVE_INFINITY ? 1 : b.date === Number.POSITIVE_INFINITY ? -1 : b.date - a.date) ||
  b.articleId - a.articleId || a.start - b.start || a.id - b.id;

async function allPages(path: string, key: 'claims' | 'articles'): Promise<{ ids: number[]; totals: number[] }> {
  const ids: number[] = [];
  const totals: number[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await request(testApp.app).get(`${path}${path.includes('?') ? '&' : '?'}page=${page}`).expect(200);
    totals.push(res.body.pagination.total);
    if (res.body[key].length === 0) break;
    ids.push(...res.body[key].map((item: { id: number }) => item.id));
  }
  return { ids, totals };
}

beforeAll(async () => {
  testApp = await createReaderTestApp();
  // Interleaved: undated, dated, same date twice, undated again, an older date.
  await addArticle('Erstens', null, 6);
  await addArticle('Zweitens', new Date('2024-05-02T00:00:00Z'), 7);
  await addArticle('Drittens', new Date('2024-05-03T00:00:00Z'), 5);
  await addArticle('Viertens', new Date('2024-05-02T00:00:00Z'), 6);
  await addArticle('Fünftens', null, 8);
  await addArticle('Sechstens', new Date('2023-01-01T00:00:00Z'), 4);
});
afterAll(async () => testApp?.close());

describe('list order and paging', () => {
  it('pages all claims newest article first, undated last, ties by article id, then text order', async () => {
    const expected = [...rows].sort(byListOrder).map((row) => row.id);
    const { ids, totals } = await allPages('/api/claims', 'claims');
    expect(expected.length).toBeGreaterThan(20);
    expect(ids).toEqual(expected);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  it('pages a party\'s claims (sorted whole) in the same order', async () => {
    const expected = [...rows].filter((row) => row.party === 'Washington').sort(byListOrder).map((row) => row.id);
    const { ids, totals } = await allPages('/api/parties/Washington', 'claims');
    expect(expected.length).toBeGreaterThan(20);
    expect(ids).toEqual(expected);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  it('applies date and language filters without the undated articles', async () => {
    const from = new Date('2024-01-01T00:00:00Z').getTime();
    const expected = [...rows].filter((row) => row.date !== Number.POSITIVE_INFINITY && row.date >= from).sort(byListOrder).map((row) => row.id);
    const { ids } = await allPages('/api/claims?from=2024-01-01&language=de', 'claims');
    expect(ids).toEqual(expected);
  });

  it('pages articles newest first, undated last, ties by newest id', async () => {
    const expected = [...articleRows].sort((a, b) => byListOrder({ ...a, articleId: a.id, start: 0 }, { ...b, articleId: b.id, start: 0 })).map((row) => row.id);
    const res = await request(testApp.app).get('/api/articles').expect(200);
    expect(res.body.articles.map((article: { id: number }) => article.id)).toEqual(expected);
    expect(res.body.pagination.total).toBe(expected.length);
  });
});

describe('search with more matches than are ranked', () => {
  it('counts "1000+", ranks and pages only the first 1000', async () => {
    const article = await testApp.db.prisma.article.findFirstOrThrow({ select: { id: true } });
    const party = await testApp.db.prisma.party.findUniqueOrThrow({ where: { key: 'Washington' }, select: { id: true } });
    await testApp.db.prisma.claim.createMany({
      data: Array.from({ length: 1005 }, (_, i) => ({
        articleId: article.id, ordinal: 1000 + i, text: `Gurkenhobel Nummer ${i}`, start: 0, end: 1, kind: 'indirect' as const, partyId: party.id, confidence: 0.5,
      })),
    });
    const first = await request(testApp.app).get('/api/search?q=Gurkenhobel').expect(200);
    expect(first.body.pagination.claims).toMatchObject({ total: 1000, capped: true, pageCount: 50 });
    const last = await request(testApp.app).get('/api/search?q=Gurkenhobel&page=50').expect(200);
    expect(last.body.claims).toHaveLength(20);
    const past = await request(testApp.app).get('/api/search?q=Gurkenhobel&page=51').expect(200);
    expect(past.body.claims).toHaveLength(0);
    expect(past.body.pagination.claims).toMatchObject({ total: 1000, capped: true });
    const page = await request(testApp.app).get('/search?q=Gurkenhobel').expect(200);
    expect(page.text).toContain('1000+ claims');
  });
});

describe('totals and counts reused between requests', () => {
  it('follow an editor\'s change and a new article at once', async () => {
    const stats = async () => (await request(testApp.app).get('/api/parties/Tehran').expect(200)).body;
    const before = await stats();
    const tehran = rows.filter((row) => row.party === 'Tehran');
    expect(before.stats.claimCount).toBe(tehran.length);
    const user = await testApp.db.prisma.user.create({ data: { email: 'e@example.org', username: 'editor', name: 'Editor', passwordHash: 'x' } });
    const { version } = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: tehran[0]!.id }, select: { version: true } });
    await reviewClaim(testApp.db, { claimId: tehran[0]!.id, expectedVersion: version, userId: user.id, decision: 'reject' });
    expect((await stats()).stats.claimCount).toBe(tehran.length - 1);

    const total = async () => (await request(testApp.app).get('/api/claims').expect(200)).body.pagination.total as number;
    const claims = await total();
    await addArticle('Siebtens', null, 3);
    expect(await total()).toBe(claims + 3);
  });
});
