import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLE } from '../../src/demo/demo-article.js';
import { createSchemaTestApp, type TestApp } from '../setup/start-test-app.js';

/** A PostgreSQL server for tests (`.ci/run` starts one with scripts/pg-throwaway.sh). */
const baseUrl = process.env.TEST_DATABASE_URL;
const skipReason = baseUrl ? '' : ' (skipped: TEST_DATABASE_URL is not set; see scripts/pg-throwaway.sh)';

describe.skipIf(!baseUrl)(`the app on PostgreSQL${skipReason}`, () => {
  let testApp: TestApp;

  beforeAll(async () => {
    // A schema of its own, so this file never meets other tests' rows.
    testApp = await createSchemaTestApp('web_test');
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('reports a healthy postgres database', async () => {
    expect((await request(testApp.app).get('/healthz').expect(200)).body).toEqual({ status: 'ok', database: 'postgres' });
  });

  it('serves the demo article from PostgreSQL', async () => {
    const home = await request(testApp.app).get('/articles').expect(200);
    const id = /href="\/articles\/(\d+)"/.exec(home.text)?.[1];
    expect(id).toBeDefined();
    const res = await request(testApp.app).get(`/articles/${id}`).expect(200);
    expect(res.text).toContain(DEMO_ARTICLE.title);
    expect(res.text).toContain('Teheran wies die Anschuldigungen zurück');
  });
});
