/**
 * Fuzzing the HTTP layer with fast-check: random query strings on every GET
 * route of the router stack, random form bodies on every POST route as an
 * editor with a valid CSRF token (< 500 both), and every page of every
 * stored claim renders, for the demo article and random texts ingested from
 * attribution fragments (claim text equals the article text at its offsets).
 * The extractor's own fuzzing (no exception, spans inside and matching the
 * text) is in tests/extract/robustness.test.ts.
 */
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/articles/ingest-article.js';
import { createTestApp, type TestApp } from '../setup/start-test-app.js';
import { addUser, signIn, type Session } from '../web/editor/editor-session.js';
import { STACK_TRACE } from './db-fingerprint.js';
import { fill, routesOf } from '../setup/router-stack.js';

const LONG = process.env['CLAIMTRAIL_LONG_TESTS'] === '1';
const RUNS = LONG ? 60 : 15;
let testApp: TestApp;
let editor: Session;
let ids: Record<string, number | string>;
const tally = { get: 0, post: 0, pages: 0, texts: 0 };

beforeAll(async () => {
  testApp = await createTestApp({ env: { LOGIN_MAX_ATTEMPTS: '100000' } });
  await addUser(testApp.db, 'ed@example.org', 'editor');
  editor = await signIn(testApp, 'ed@example.org');
  const claim = await testApp.db.prisma.claim.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const relation = await testApp.db.prisma.claimRelation.findFirst({ orderBy: { id: 'asc' } });
  ids = { id: claim.id, articleId: claim.articleId, key: 'Washington', relationId: relation?.id ?? 1 };
}, 120_000);
afterAll(async () => {
  console.info(`[reliability] fuzz: ${tally.get} random GET query strings, ${tally.post} random POST bodies, ${tally.texts} random texts ingested, ${tally.pages} claim/article pages rendered: no 5xx`);
  await testApp?.close();
});

const KEYS = ['page', 'party', 'article', 'language', 'from', 'to', 'q', 'status', 'unsourced', 'sort', '_csrf', 'x', 'page[]', 'party[0]', '__proto__', 'constructor'];
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', '-1', '0', '1e309', 'NaN', '9999', '10000', 'de', 'en', 'Washington', 'author', '2024-02-29', '2024-13-01', "' OR 1=1--", '%00', '\u0000', '\ud800', '<script>', 'a'.repeat(3000)),
);
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), value), { maxLength: 6 });

function encodeQuery(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '\ufffd'))}`).join('&');
}

describe('random query strings', { timeout: 900_000 }, () => {
  it('every GET route answers < 500 without a stack trace', async () => {
    const gets = routesOf(testApp.app).filter((route) => route.method === 'GET');
    expect(gets.length).toBeGreaterThan(20);
    for (const route of gets) {
      const path = fill(route.path, ids);
      await fc.assert(
        fc.asyncProperty(query, async (pairs) => {
          const agent = route.path === '/login' || /^\/(review|ingest|actors$|actors\/:id\/edit|users|claims\/:id\/edit)/.test(route.path) ? editor.agent : request(testApp.app);
          const res = await agent.get(`${path}?${encodeQuery(pairs)}`);
          tally.get++;
          if (res.status >= 500 || STACK_TRACE.test(res.text)) throw new Error(`${path}?${encodeQuery(pairs)} -> ${res.status}`);
        }),
        { numRuns: RUNS },
      );
    }
  });
});

const FIELDS = ['title', 'text', 'outlet', 'url', 'date', 'version', 'kind', 'start', 'end', 'speakerStart', 'speakerEnd', 'cueStart', 'cueEnd', 'actorId', 'party', 'via', 'type', 'to', 'name', 'aliases', 'from', 'into', 'role', 'email', 'password'];
const body = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), value), { maxLength: 10 });

describe('random form bodies', { timeout: 900_000 }, () => {
  it('every POST route answers a signed-in editor with a valid CSRF token < 500', async () => {
    const posts = routesOf(testApp.app).filter((route) => route.method === 'POST' && route.path !== '/logout' && route.path !== '/login');
    expect(posts.length).toBeGreaterThanOrEqual(10);
    for (const route of posts) {
      const path = fill(route.path, ids);
      await fc.assert(
        fc.asyncProperty(body, async (pairs) => {
          await editor.page('/review');
          const form: Record<string, string | string[]> = { _csrf: editor.csrf };
          for (const [k, v] of pairs) {
            if (k === '_csrf') continue;
            const clean = v.replace(/[\ud800-\udfff]/g, '\ufffd');
            const existing = form[k];
            form[k] = existing === undefined ? clean : [...(Array.isArray(existing) ? existing : [existing]), clean];
          }
          const res = await editor.agent.post(path).type('form').send(form);
          tally.post++;
          if (res.status >= 500 || STACK_TRACE.test(res.text)) throw new Error(`POST ${path} ${JSON.stringify(form).slice(0, 300)} -> ${res.status}`);
        }),
        { numRuns: RUNS },
      );
    }
  });
});

const FRAGMENTS = [
  'Der Minister sagte, ', 'Laut Reuters ', 'Nach Angaben des Pentagons ', 'Teheran wies die Vorwürfe zurück. ', '„Das ist falsch“, sagte ein Sprecher. ',
  'The spokesman said ', 'according to AP, ', 'Washington denied the report. ', '"We will respond," he said. ', 'die Lage sei ernst', 'the talks had failed',
  '. ', ', ', '\n\n', '"', '„', '“', '»', '«', "'", ': ', ' so ', ' offenbar ', '🙂', 'שלום ', 'مرحبا ', 'Mark Esper ', 'Iran ', 'USA ', 'Frankreich ',
];

describe('every stored claim renders', { timeout: 900_000 }, () => {
  it('ingests random attribution texts, then every article and claim page answers 200 with exact spans', async () => {
    const texts = fc.sample(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 3, maxLength: 60 }).map((parts) => parts.join('')), { numRuns: LONG ? 60 : 20, seed: 42 });
    for (const [i, text] of texts.entries()) {
      try {
        await ingestArticle(testApp.db, { title: `Fuzz ${i}`, text: `${text} (${i})`, maxBytes: 1 << 20 });
        tally.texts++;
      } catch (error) {
        // Refusals (e.g. no words) are fine; anything else is a failure.
        if (!(error instanceof Error && error.name === 'AppError')) throw error;
      }
    }
    const articles = await testApp.db.prisma.article.findMany({ select: { id: true, text: true, claims: { select: { id: true, text: true, start: true, end: true } } } });
    expect(articles.length).toBeGreaterThan(5);
    for (const article of articles) {
      const page = await request(testApp.app).get(`/articles/${article.id}`);
      tally.pages++;
      expect([article.id, page.status]).toEqual([article.id, 200]);
      for (const claim of article.claims) {
        expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
        for (const path of [`/claims/${claim.id}`, `/api/claims/${claim.id}`]) {
          const res = await request(testApp.app).get(path);
          tally.pages++;
          expect([path, res.status]).toEqual([path, 200]);
        }
      }
    }
  });
});
