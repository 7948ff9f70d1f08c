import { randomBytes } from 'node:crypto';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/articles/ingest-article.js';
import { createSchemaTestApp, listen, type TestApp } from '../setup/start-test-app.js';
import { addUser, signIn, type Session } from './editor/editor-session.js';

/** The app with the page cache on, on in-memory PGlite, or on PostgreSQL in a schema of its own when TEST_DATABASE_URL is set. */
function createCachedApp(env: Record<string, string>): Promise<TestApp> {
  return createSchemaTestApp('page_cache_test', { env });
}

/** A GET whose body is left as sent (supertest and fetch both gunzip). */
async function rawGet(testApp: TestApp, path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const server = await listen(testApp.app);
  try {
    return await new Promise((resolve, reject) => {
      httpGet(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  } finally {
    await server.close();
  }
}

const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

describe(`page cache (${database})`, () => {
  let testApp: TestApp;
  let editor: Session;
  let claimId: number;
  let articleId: number;

  beforeAll(async () => {
    testApp = await createCachedApp({ PAGE_CACHE_MB: '16' });
    await addUser(testApp.db, 'ed@example.org', 'editor');
    editor = await signIn(testApp, 'ed@example.org');
    const claim = await testApp.db.prisma.claim.findFirstOrThrow({ where: { status: 'machine', speakerStart: { not: null } }, orderBy: { id: 'asc' } });
    claimId = claim.id;
    articleId = claim.articleId;
  });
  afterAll(async () => testApp?.close());

  const get = (path: string) => request(testApp.app).get(path);

  it.each(['/', '/articles', '/search?q=Teheran', '/api/claims', '/api/claims?page=1', '/parties'])('serves a second anonymous GET of %s from the cache, identical', async (path) => {
    const first = await get(path).expect(200);
    const second = await get(path).expect(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  it('keeps the article and claim pages and their JSON', async () => {
    for (const path of [`/articles/${articleId}`, `/claims/${claimId}`, `/api/articles/${articleId}`, `/api/claims/${claimId}`]) {
      const first = await get(path).expect(200);
      const second = await get(path).expect(200);
      expect([path, first.headers['x-cache'], second.headers['x-cache']]).toEqual([path, 'miss', 'hit']);
      expect(second.text).toBe(first.text);
    }
  });

  it('never serves a signed-in editor from the cache nor keeps what an editor is sent', async () => {
    const path = `/claims/${claimId}?from=editor-first`;
    const asEditor = await editor.agent.get(path).expect(200);
    expect(asEditor.headers['x-cache']).toBeUndefined();
    expect(asEditor.text).toContain('Edit this claim');
    const asReader = await get(path).expect(200);
    expect(asReader.headers['x-cache']).toBe('miss');
    expect(asReader.text).not.toContain('Edit this claim');
    expect((await get(path).expect(200)).headers['x-cache']).toBe('hit');
    const editorAgain = await editor.agent.get(path).expect(200);
    expect(editorAgain.headers['x-cache']).toBeUndefined();
    expect(editorAgain.text).toContain('Edit this claim');
  });

  it('shows an editor\'s correction to the next anonymous reader', async () => {
    const claim = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claimId }, include: { party: true, relays: { include: { party: true } } } });
    const path = `/api/claims/${claimId}`;
    await get(path).expect(200);
    expect((await get(path).expect(200)).headers['x-cache']).toBe('hit');
    await editor.agent.post(`/claims/${claimId}/edit`).type('form').send({
      _csrf: editor.csrf, version: String(claim.version), kind: 'reported', start: String(claim.start), end: String(claim.end - 1),
      speakerStart: String(claim.speakerStart), speakerEnd: String(claim.speakerEnd), cueStart: '', cueEnd: '',
      actorId: claim.actorId === null ? '' : String(claim.actorId), party: claim.party.key, via: claim.relays.map((relay) => relay.party.key).join(', '),
    }).expect(303);
    const after = await get(path).expect(200);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.text).toContain('"reported"');
    expect(after.text).toContain('"corrected"');
  });

  it('shows a newly ingested article on the next anonymous GET', async () => {
    await get('/articles').expect(200);
    expect((await get('/articles').expect(200)).headers['x-cache']).toBe('hit');
    const title = `Neu im Cache ${randomBytes(3).toString('hex')}`;
    await ingestArticle(testApp.db, { title, text: 'Die Regierung sagte, der Haushalt sei ausgeglichen. Die Opposition bestritt das.', maxBytes: 100_000 });
    const after = await get('/articles').expect(200);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.text).toContain(title);
  });

  it('shows an editor\'s new link between claims on the next anonymous GET', async () => {
    const [a, b] = await testApp.db.prisma.claim.findMany({ where: { articleId }, orderBy: { id: 'desc' }, take: 2 });
    const path = `/claims/${a!.id}`;
    const before = await get(path).expect(200);
    expect((await get(path).expect(200)).headers['x-cache']).toBe('hit');
    await editor.agent.post(`/claims/${a!.id}/relations`).type('form').send({ _csrf: editor.csrf, type: 'doubts', toId: String(b!.id), direction: 'outgoing' }).expect(303);
    const after = await get(path).expect(200);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.text).not.toBe(before.text);
    expect(after.text).toContain(`/claims/${b!.id}`);
  });

  it('renders a page once for readers asking for it at the same time', async () => {
    const path = `/articles/${articleId}?together=1`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(path).expect(200)));
    expect(answers.map((res) => res.headers['x-cache']).sort()).toEqual(['hit', 'hit', 'hit', 'hit', 'hit', 'miss']);
    expect(new Set(answers.map((res) => res.text)).size).toBe(1);
  });

  it('keys on the query string', async () => {
    const a = await get('/search?q=Teheran&page=1').expect(200);
    const b = await get('/search?q=Washington').expect(200);
    expect([a.headers['x-cache'], b.headers['x-cache']]).toEqual(['miss', 'miss']);
    expect(b.text).not.toBe(a.text);
    expect((await get('/search?q=Washington').expect(200)).text).toBe(b.text);
  });

  it('does not keep 404s or errors', async () => {
    for (const path of ['/claims/99999999', '/api/claims/99999999', '/articles/99999999', '/api/claims?page=-4']) {
      const first = await get(path);
      const second = await get(path);
      expect(first.status).toBeGreaterThanOrEqual(400);
      expect(second.status).toBe(first.status);
      expect(second.headers['x-cache']).toBeUndefined();
    }
  });

  it('leaves pages outside the reader routes and the streamed CSV export alone', async () => {
    for (const path of ['/login', '/healthz', '/export/claims.csv']) {
      await get(path).expect(200);
      expect((await get(path).expect(200)).headers['x-cache']).toBeUndefined();
    }
  });

  it('answers HEAD from the cache and keeps a page first asked for by HEAD', async () => {
    const path = `/articles/${articleId}?head=1`;
    const head = await request(testApp.app).head(path).expect(200);
    expect(head.headers['x-cache']).toBe('miss');
    expect(head.text ?? '').toBe('');
    const page = await get(path).set('Accept-Encoding', 'identity').expect(200);
    expect(page.headers['x-cache']).toBe('hit');
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(page.text));
    const again = await request(testApp.app).head(path).expect(200);
    expect(again.headers['x-cache']).toBe('hit');
  });

  it('sends the gzipped body once made, and 304 for a matching ETag', async () => {
    const path = `/articles/${articleId}?gzip=1`;
    const plain = await get(path).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await rawGet(testApp, path, { 'accept-encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['x-cache']).toBe('hit');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.text);
    const revalidated = await get(path).set('If-None-Match', plain.headers.etag as string).expect(304);
    expect(revalidated.text ?? '').toBe('');
  });
});

describe(`page cache bounds (${database})`, () => {
  it('evicts the least recently used pages to stay within PAGE_CACHE_MB', async () => {
    // 40 KB: room for one or two rendered pages of the demo article.
    const testApp = await createCachedApp({ PAGE_CACHE_MB: String(40 / 1024) });
    try {
      const article = await testApp.db.prisma.article.findFirstOrThrow();
      const paths = [1, 2, 3, 4].map((n) => `/articles/${article.id}?n=${n}`);
      for (const path of paths) await request(testApp.app).get(path).expect(200);
      expect((await request(testApp.app).get(paths[3]!).expect(200)).headers['x-cache']).toBe('hit');
      expect((await request(testApp.app).get(paths[0]!).expect(200)).headers['x-cache']).toBe('miss');
    } finally {
      await testApp.close();
    }
  });

  it('is off with PAGE_CACHE_MB=0', async () => {
    const testApp = await createCachedApp({ PAGE_CACHE_MB: '0' });
    try {
      const first = await request(testApp.app).get('/').expect(200);
      const second = await request(testApp.app).get('/').expect(200);
      expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual([undefined, undefined]);
      expect(second.text).toBe(first.text);
    } finally {
      await testApp.close();
    }
  });
});
