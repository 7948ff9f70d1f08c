import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createCountingApp, createTestApp, type TestApp } from '../setup/start-test-app.js';
import { insertArticle } from './reader/reader-fixture.js';

/**
 * No reader page may load claims one by one (N+1): the number of database
 * operations for the article, claim, party, search and API pages stays the
 * same when they show 2 or 20 claims (relations, cluster members). The front
 * page has its own test (reader/front-page-queries.test.ts).
 */
let testApp: TestApp;
let operations = 0;
let counted: Express;

async function count(path: string): Promise<number> {
  operations = 0;
  await request(counted).get(path).expect(200);
  return operations;
}

/** An article with `n` incidents, each claimed by Washington and denied by Tehran; returns its id and the first claim's id. */
async function addArticle(title: string, n: number, offset: number): Promise<{ articleId: number; first: number; claimIds: number[] }> {
  const sentences: string[] = [];
  const claims = [];
  const relations: [number, 'denies', number][] = [];
  for (let i = 0; i < n; i++) {
    sentences.push(`Washington sagte, Zwischenfall ${offset + i} sei geschehen. Teheran bestritt Zwischenfall ${offset + i} sofort.`);
    claims.push({ text: `Zwischenfall ${offset + i} sei geschehen`, party: 'Washington' }, { text: `Teheran bestritt Zwischenfall ${offset + i} sofort`, party: 'Tehran' });
    relations.push([i * 2 + 1, 'denies', i * 2]);
  }
  const { articleId, claimIds } = await insertArticle(testApp.db, { title, text: sentences.join('\n\n'), claims, relations });
  return { articleId, first: claimIds[0]!, claimIds };
}

/** Makes `claimId` the target of `n` more denials (from the given claims) and puts it in a cluster with them. */
async function crowd(claimId: number, others: number[]): Promise<void> {
  await testApp.db.prisma.claimRelation.createMany({ data: others.map((fromId) => ({ fromId, toId: claimId, type: 'doubts' as const, confidence: 0.5 })), skipDuplicates: true });
  const cluster = await testApp.db.prisma.claimCluster.create({ data: {} });
  await testApp.db.prisma.claim.updateMany({ where: { id: { in: [claimId, ...others] } }, data: { clusterId: cluster.id } });
}

beforeAll(async () => {
  testApp = await createTestApp({ demo: false });
  counted = createCountingApp(testApp, () => { operations++; });
});
afterAll(async () => testApp?.close());

describe('queries per reader page', () => {
  it('stay the same for 2 and for 20 claims shown', async () => {
    const small = await addArticle('Wenige Zwischenfälle', 1, 0);
    await crowd(small.first, [small.claimIds[1]!]);
    const pages = (a: { articleId: number; first: number }) => ({
      article: `/articles/${a.articleId}`,
      claim: `/claims/${a.first}`,
      'claim json': `/api/claims/${a.first}`,
      party: '/parties/Washington',
      'party json': '/api/parties/Washington',
      search: '/search?q=Zwischenfall',
      'search json': '/api/search?q=Zwischenfall',
      'claims json': '/api/claims',
      annotations: `/api/articles/${a.articleId}/annotations`,
    });
    const before: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages(small))) before[name] = await count(path);

    const big = await addArticle('Viele Zwischenfälle', 10, 100);
    const more = await addArticle('Noch mehr Zwischenfälle', 10, 200);
    await crowd(big.first, [...more.claimIds.filter((_, i) => i % 2 === 1), ...big.claimIds.filter((_, i) => i % 2 === 1).slice(1)]);
    const after: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages(big))) after[name] = await count(path);

    for (const name of Object.keys(before)) expect(before[name]).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});
