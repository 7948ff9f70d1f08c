import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkClaimsAcrossArticles } from '../../src/clusters/link-claims-across-articles.js';
import { runBulkIngest } from '../../src/ingest/run-bulk-ingest.js';
import { createTestApp, type TestApp } from '../setup/start-test-app.js';

const CASE = join(import.meta.dirname, 'golden', 'same-claim-three-articles');
const expected = JSON.parse(readFileSync(join(CASE, 'expected.json'), 'utf8')) as { articles: Record<string, { publishedAt: string; outlet?: string }> };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
  await runBulkIngest(t.db, Object.keys(expected.articles).sort().map((file) => ({
    ok: true as const,
    item: { source: file, title: `Artikel ${file}`, text: readFileSync(join(CASE, file), 'utf8'), outlet: expected.articles[file]!.outlet ?? null, url: null, publishedAt: new Date(expected.articles[file]!.publishedAt) },
  })), { maxBytes: 100_000, workers: 0, afterStore: async (tx, id) => { await linkClaimsAcrossArticles(tx, id); } });
});
afterAll(async () => t?.close());

describe('claim clusters on the reader pages', () => {
  it('the claim page lists every article reporting the claim, the first appearance first, with relays', async () => {
    const claim = await t.db.prisma.claim.findFirstOrThrow({ where: { clusterId: { not: null }, article: { title: 'Artikel a.txt' } } });
    const res = await request(t.app).get(`/claims/${claim.id}`).expect(200);
    expect(res.text).toContain('Reported in 3 articles');
    const section = res.text.slice(res.text.indexOf('class="claim-cluster"'));
    expect(section.indexOf('Artikel b.txt')).toBeLessThan(section.indexOf('Artikel a.txt'));
    expect(section).toMatch(/<strong>First:<\/strong> <a href="\/articles\/\d+">Artikel b\.txt<\/a>/);
    expect(section).toContain('relayed by Reuters');
  });

  it('the front page lists the claims repeated across articles', async () => {
    const res = await request(t.app).get('/').expect(200);
    expect(res.text).toContain('Claims repeated across articles');
    expect(res.text).toMatch(/in 3 articles, first in <a href="\/articles\/\d+#claim-\d+">Artikel b\.txt<\/a>/);
  });
});
