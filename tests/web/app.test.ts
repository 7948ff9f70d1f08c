import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/articles/ingest-article.js';
import { DEMO_ARTICLE } from '../../src/demo/demo-article.js';
import { createTestApp, type TestApp } from '../setup/start-test-app.js';

let testApp: TestApp;
let demoId: number;

/** The article body as a reader sees it: markup and claim tooltips (shown on hover or focus) removed, entities kept. */
function visibleBody(html: string): string {
  const body = /<div class="article__body">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return body.replace(/<span class="claim-tip"[\s\S]*?Claim page →<\/a><\/span><\/span>/g, '').replace(/<[^>]+>/g, '');
}

beforeAll(async () => {
  testApp = await createTestApp();
  const demo = await testApp.db.prisma.article.findFirstOrThrow({ select: { id: true } });
  demoId = demo.id;
});
afterAll(async () => testApp?.close());

describe('articles list', () => {
  it('lists the demo article with outlet, date and a link', async () => {
    const res = await request(testApp.app).get('/articles').expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain(`href="/articles/${demoId}"`);
    expect(res.text).toContain(DEMO_ARTICLE.title);
    expect(res.text).toContain('RT Deutsch');
    expect(res.text).toContain('<time datetime="2019-06-28">28 June 2019</time>');
  });
});

describe('article page', () => {
  it('shows title, outlet, date and every paragraph of the text', async () => {
    const res = await request(testApp.app).get(`/articles/${demoId}`).expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain(`<h1 class="article__title">${DEMO_ARTICLE.title}</h1>`);
    expect(res.text).toContain('RT Deutsch');
    expect(res.text).toContain('28 June 2019');
    const paragraphs = res.text.match(/<(p|h2) class="paragraph /g) ?? [];
    const stored = await testApp.db.prisma.article.findUniqueOrThrow({ where: { id: demoId }, include: { claims: true } });
    expect(paragraphs).toHaveLength((stored.paragraphs as unknown[]).length);
    expect(paragraphs.length).toBeGreaterThan(10);
    // The text as a reader sees it, highlights or not.
    const visible = visibleBody(res.text);
    expect(visible).toContain('Teheran wies die Anschuldigungen zurück');
    expect(visible).toContain('Nach Angriffen auf Öltanker: Esper will gemeinsame Seepatrouillen');
    // Each claim card links to the claim's own page, which exists.
    const claimLinks = [...res.text.matchAll(/<a href="(\/claims\/\d+)">Claim page<\/a>/g)].map((match) => match[1]!);
    expect(claimLinks).toHaveLength(stored.claims.length);
    if (claimLinks[0]) await request(testApp.app).get(claimLinks[0]).expect(200);
    const subheading = /<h2 class="paragraph paragraph--h2">([\s\S]*?)<\/h2>/.exec(res.text)?.[1] ?? '';
    expect(visibleBody(`<div class="article__body">${subheading}</div>`)).toBe('Nach Angriffen auf Öltanker: Esper will gemeinsame Seepatrouillen');
  });

  it('shows article text containing markup as text', async () => {
    const { id } = await ingestArticle(testApp.db, {
      title: 'Title with <b>markup</b>',
      text: 'Er sagte: <script>alert("x")</script> und ging.\n\nZweiter <img src=x onerror=alert(1)> Absatz.',
      maxBytes: testApp.config.limits.articleBytes,
    });
    const res = await request(testApp.app).get(`/articles/${id}`).expect(200);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).not.toContain('<b>markup</b>');
    expect(visibleBody(res.text)).toContain('Er sagte: &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; und ging.');
    expect(visibleBody(res.text)).toContain('Zweiter &lt;img src=x onerror=alert(1)&gt; Absatz.');
    expect(res.text).toContain('Title with &lt;b&gt;markup&lt;/b&gt;');
  });

  it.each(['999999', 'abc', '0', '1e3', '99999999999999'])('answers /articles/%s with the 404 page', async (id) => {
    const res = await request(testApp.app).get(`/articles/${id}`).expect(404).expect('Content-Type', /html/);
    expect(res.text).toContain('This article does not exist.');
    expect(res.text).toContain('href="/static/claimtrail.css"');
    expect(res.text).toContain('<a href="/articles">Back to all articles</a>');
  });
});

describe('continuations', () => {
  /** The demo's "Das würde dazu beitragen …", which continues the "sagte" claim before it, and that claim. */
  async function demoContinuation() {
    const claims = await testApp.db.prisma.claim.findMany({ where: { articleId: demoId }, orderBy: { ordinal: 'asc' } });
    const continuation = claims.find((claim) => claim.text.startsWith('Das würde dazu beitragen'))!;
    const continued = claims.find((claim) => claim.id === continuation.continuesId)!;
    return { continuation, continued };
  }

  it('stores the continued claim of the demo continuation on ingestion', async () => {
    const { continuation, continued } = await demoContinuation();
    expect(continued).toMatchObject({ ordinal: continuation.ordinal - 1, cueText: 'sagte' });
    expect(continuation.cueText).toBe('sagte');
  });

  it("links the continued claim from the claim page's attribution, its text shortened", async () => {
    const { continuation, continued } = await demoContinuation();
    expect(continued.text.length).toBeGreaterThan(80);
    const res = await request(testApp.app).get(`/claims/${continuation.id}`).expect(200);
    const facts = /<dl class="facts__list">([\s\S]*?)<\/dl>/.exec(res.text)?.[1] ?? '';
    const row = /<dt>Continues<\/dt><dd lang="de"><a href="\/claims\/(\d+)">“([^<]*)”<\/a><\/dd>/.exec(facts);
    expect(row?.[1]).toBe(String(continued.id));
    // EJS escapes the quotation marks of „das "schlechte Verhalten" des Iran“.
    expect(row![2]).toContain('das &#34;schlechte Verhalten&#34; des Iran');
    const shown = row![2]!.replaceAll('&#34;', '"');
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(80);
    expect(continued.text.startsWith(shown.slice(0, -1))).toBe(true);
    // The Cue row shows the lent cue; the continued claim's own page has no Continues row.
    expect(facts).toContain('<dt>Cue</dt><dd lang="de">sagte</dd>');
    const own = await request(testApp.app).get(`/claims/${continued.id}`).expect(200);
    expect(own.text).not.toContain('<dt>Continues</dt>');
  });

  it('gives the continued claim in the JSON API, null for other claims', async () => {
    const { continuation, continued } = await demoContinuation();
    const res = await request(testApp.app).get(`/api/claims/${continuation.id}`).expect(200);
    expect(res.body.claim.continues).toEqual({ id: continued.id, href: `/claims/${continued.id}` });
    expect((await request(testApp.app).get(`/api/claims/${continued.id}`).expect(200)).body.claim.continues).toBeNull();
    const list = await request(testApp.app).get(`/api/claims?article=${demoId}&page=1`).expect(200);
    expect(list.body.claims.filter((claim: { continues: unknown }) => claim.continues !== null).length).toBeGreaterThan(0);
    // The article's JSON lists its claims with the same field.
    const article = (await request(testApp.app).get(`/api/articles/${demoId}`).expect(200)).body.article;
    const listed = new Map(article.claims.map((claim: { id: number; continues: unknown }) => [claim.id, claim.continues]));
    expect(listed.get(continuation.id)).toEqual({ id: continued.id, href: `/claims/${continued.id}` });
    expect(listed.get(continued.id)).toBeNull();
  });

  it('gives the continued claim in the CSV export (continues_id, empty for other claims)', async () => {
    const { continuation, continued } = await demoContinuation();
    const res = await request(testApp.app).get(`/export/claims.csv?article=${demoId}`).expect(200);
    const [header, ...rows] = res.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const column = header!.split(',').indexOf('continues_id');
    expect(column).toBeGreaterThan(0);
    // The last cell of each line (the text cells before it may hold commas, so read from the end).
    const lastCell = (line: string) => line.slice(line.lastIndexOf(',') + 1);
    expect(column).toBe(header!.split(',').length - 1);
    const byId = new Map(rows.map((line) => [Number(line.slice(0, line.indexOf(','))), lastCell(line)]));
    expect(byId.get(continuation.id)).toBe(String(continued.id));
    expect(byId.get(continued.id)).toBe('');
  });
});

describe('JSON API', () => {
  it('lists articles', async () => {
    const res = await request(testApp.app).get('/api/articles').expect(200).expect('Content-Type', /json/);
    expect(res.body.articles).toContainEqual(expect.objectContaining({ id: demoId, title: DEMO_ARTICLE.title, href: `/articles/${demoId}` }));
  });

  it('returns one article with its claims', async () => {
    const res = await request(testApp.app).get(`/api/articles/${demoId}`).expect(200);
    expect(res.body.article).toMatchObject({ id: demoId, title: DEMO_ARTICLE.title, language: 'de' });
    expect(Array.isArray(res.body.article.claims)).toBe(true);
  });

  it('answers unknown API paths and articles with JSON errors', async () => {
    expect((await request(testApp.app).get('/api/nothing-here').expect(404).expect('Content-Type', /json/)).body).toEqual({
      error: { code: 'NOT_FOUND', message: 'This page does not exist.', details: [] },
    });
    expect((await request(testApp.app).get('/api/articles/999999').expect(404)).body.error.code).toBe('ARTICLE_NOT_FOUND');
  });
});

describe('errors, health and headers', () => {
  it('renders the 404 page for unknown paths', async () => {
    const res = await request(testApp.app).get('/no/such/page').expect(404).expect('Content-Type', /html/);
    expect(res.text).toContain('<h1 class="notice__title">Not found</h1>');
  });

  it('reports a healthy database', async () => {
    const res = await request(testApp.app).get('/healthz').expect(200).expect('Cache-Control', 'no-store');
    expect(res.body).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('sends security headers with a CSP that allows only own assets', async () => {
    const res = await request(testApp.app).get('/').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the stylesheet', async () => {
    const res = await request(testApp.app).get('/static/claimtrail.css').expect(200).expect('Content-Type', /text\/css/);
    expect(res.text).toContain('.article__body');
  });
});

describe('when the database is down', () => {
  let broken: TestApp;
  beforeAll(async () => {
    broken = await createTestApp({ demo: false });
    await broken.close();
  });

  it('reports 503 on /healthz', async () => {
    expect((await request(broken.app).get('/healthz').expect(503)).body).toEqual({ status: 'unavailable', database: 'pglite' });
  });

  it('renders a 503 page without internals, and a JSON 503 on the API', async () => {
    const res = await request(broken.app).get('/').expect(503).expect('Content-Type', /html/).expect('Retry-After', '30');
    expect(res.text).toContain('The database is not available at the moment');
    expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    expect(res.text).not.toMatch(/pglite|prisma/i);
    const api = await request(broken.app).get('/api/articles').expect(503).expect('Content-Type', /json/);
    expect(api.body.error.code).toBe('DATABASE_UNAVAILABLE');
  });
});
