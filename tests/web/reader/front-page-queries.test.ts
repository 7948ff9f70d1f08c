import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createCountingApp, createTestApp, type TestApp } from '../../setup/start-test-app.js';
import { insertArticle } from './reader-fixture.js';

/**
 * The front page must not load claims one by one (N+1): the number of
 * database operations for a page of disputes stays the same however many
 * disputes, counterclaims and supporters it shows.
 */
let testApp: TestApp;
let operations: string[] = [];
let counted: Express;

async function addDisputes(count: number, offset: number): Promise<void> {
  const claims = [];
  const relations: [number, 'denies' | 'supports', number][] = [];
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const base = claims.length;
    sentences.push(`Washington sagte, Vorfall ${n} sei geschehen. Teheran bestritt Vorfall ${n} sofort. Moskau stützte Teheran bei Vorfall ${n} ebenfalls.`);
    claims.push(
      { text: `Vorfall ${n} sei geschehen`, party: 'Washington' },
      { text: `Teheran bestritt Vorfall ${n} sofort`, party: 'Tehran' },
      { text: `Moskau stützte Teheran bei Vorfall ${n} ebenfalls`, party: 'Moscow' },
    );
    relations.push([base + 1, 'denies', base], [base + 2, 'supports', base + 1]);
  }
  await insertArticle(testApp.db, { title: `Vorfälle ab ${offset}`, text: sentences.join('\n\n'), claims, relations });
}

async function countFrontPage(): Promise<{ operations: number; disputes: number }> {
  operations = [];
  const res = await request(counted).get('/').expect(200);
  return { operations: operations.length, disputes: res.text.split('<li class="dispute">').length - 1 };
}

beforeAll(async () => {
  testApp = await createTestApp({ demo: false });
  counted = createCountingApp(testApp, (name) => { operations.push(name); });
});
afterAll(async () => testApp?.close());

describe('front page queries', () => {
  it('uses the same number of queries for 2 disputes as for a full page of 20', async () => {
    await addDisputes(2, 0);
    const few = await countFrontPage();
    expect(few.disputes).toBe(2);
    expect(few.operations).toBeGreaterThan(0);
    await addDisputes(19, 100);
    const many = await countFrontPage();
    expect(many.disputes).toBe(20);
    expect(many.operations).toBe(few.operations);
    expect(many.operations).toBeLessThanOrEqual(12);
  }, 180_000);
});
