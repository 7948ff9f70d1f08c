/**
 * Attacks: CSRF with a missing, wrong or another session's token on every
 * state-changing route (enumerated from the router stack) as a signed-in
 * editor; stored XSS through article titles and text, actor names and
 * aliases and party names, checked on every page that shows them, with the
 * CSP header; SQL injection through every filter, search and path parameter.
 * (Anonymous/editor/admin route guards, session fixation and the login rate
 * limit are tested in tests/web/editor/route-guards.test.ts and auth.test.ts.)
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/start-test-app.js';
import { addUser, signIn, type Session } from '../web/editor/editor-session.js';
import { fingerprint, STACK_TRACE } from './db-fingerprint.js';
import { fill, routesOf } from '../setup/router-stack.js';

let testApp: TestApp;
let editor: Session;
let admin: Session;
const tally = { csrf: 0, xssPages: 0, sqli: 0 };

beforeAll(async () => {
  testApp = await createTestApp({ env: { LOGIN_MAX_ATTEMPTS: '1000' } });
  await addUser(testApp.db, 'ed@example.org', 'editor');
  await addUser(testApp.db, 'root@example.org', 'admin');
  editor = await signIn(testApp, 'ed@example.org');
  admin = await signIn(testApp, 'root@example.org');
}, 120_000);
afterAll(async () => {
  console.info(`[reliability] attacks: ${tally.csrf} forged POSTs (403), ${tally.xssPages} pages checked for stored XSS, ${tally.sqli} SQL-injection requests (no 5xx, data unchanged)`);
  await testApp?.close();
});

describe('CSRF', { timeout: 300_000 }, () => {
  it('every state-changing route refuses a signed-in editor without, with a wrong, or with another session’s token (403), changing nothing', async () => {
    const posts = routesOf(testApp.app).filter((route) => route.method !== 'GET' && route.path !== '/login');
    expect(posts.length).toBeGreaterThanOrEqual(10);
    await admin.page('/users');
    const before = await fingerprint(testApp.db);
    for (const route of posts) {
      const path = fill(route.path);
      for (const [name, token] of [['missing', undefined], ['wrong', 'x'.repeat(64)], ['other session', admin.csrf]] as const) {
        await editor.page('/review');
        const body = token === undefined ? { version: '1' } : { _csrf: token, version: '1' };
        const res = await editor.agent.post(path).type('form').send(body);
        tally.csrf++;
        expect([path, name, res.status]).toEqual([path, name, 403]);
      }
      // A multipart body without a token is refused too (the ingest form is multipart).
      const multipart = await editor.agent.post(path).field('title', 'x').field('text', 'Der Minister sagte, es sei so.');
      tally.csrf++;
      expect([path, 'multipart', multipart.status]).toEqual([path, 'multipart', 403]);
    }
    expect(await fingerprint(testApp.db)).toBe(before);
  });
});

const XSS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>', "'--></style></script><script>alert(4)</script>"];
const RAW = /<script>alert|<img src=x|<svg onload/;

describe('stored XSS', { timeout: 300_000 }, () => {
  it('payloads in titles, text, actor names and aliases, party names are shown as text on every page, under a CSP without inline script', async () => {
    // An actor with a payload name and alias, through the editor form.
    await editor.page('/actors');
    const created = await editor.agent.post('/actors').type('form').send({ _csrf: editor.csrf, name: `Eve ${XSS[0]}`, kind: 'person', party: 'Washington', aliases: XSS.slice(1).join('\n') });
    expect(created.status).toBe(303);
    const actor = await testApp.db.prisma.actor.findFirstOrThrow({ where: { name: `Eve ${XSS[0]}` } });
    // An article with payloads in title, outlet and text, through the ingest form.
    await editor.page('/ingest');
    const text = `Der Minister sagte, ${XSS[0]} sei gefährlich.\n\nLaut Reuters erklärte ${XSS[1]}, die Lage sei ${XSS[3]} ernst.\n\nTeheran wies das zurück: „${XSS[2]} ist falsch“, sagte ein Sprecher.`;
    const ingested = await editor.agent.post('/ingest').field('_csrf', editor.csrf).field('title', `Title ${XSS[1]}`).field('outlet', XSS[2]!).field('text', text);
    expect(ingested.status).toBe(303);
    const articleId = Number(/\/articles\/(\d+)/.exec(String(ingested.headers.location))?.[1]);
    // Attribute some of its claims to the actor, and give a party a payload name (fixture: no party edit form).
    const claims = await testApp.db.prisma.claim.findMany({ where: { articleId }, select: { id: true } });
    expect(claims.length).toBeGreaterThan(0);
    await testApp.db.prisma.claim.updateMany({ where: { articleId }, data: { actorId: actor.id } });
    await testApp.db.prisma.party.update({ where: { key: 'Washington' }, data: { name: `Washington ${XSS[3]}` } });

    const pages = [
      '/', '/articles', `/articles/${articleId}`, `/api/articles/${articleId}`, '/parties', '/parties/Washington', `/actors/${actor.id}`,
      '/search?q=Minister', '/search?q=alert', '/api/search?q=alert', '/api/claims', `/api/articles/${articleId}/annotations`, `/export/articles/${articleId}/annotations.jsonld`,
      ...claims.flatMap((claim) => [`/claims/${claim.id}`, `/api/claims/${claim.id}`]),
    ];
    const editorPages = ['/review', `/review?article=${articleId}`, '/actors', `/actors/${actor.id}/edit`, ...claims.map((claim) => `/claims/${claim.id}/edit`)];
    for (const [agent, paths] of [[request(testApp.app), pages], [editor.agent, editorPages]] as const) {
      for (const path of paths) {
        const res = await agent.get(path);
        tally.xssPages++;
        expect([path, res.status]).toEqual([path, 200]);
        const type = String(res.headers['content-type']);
        // JSON carries the payloads as data: it must be served as JSON and never sniffed as HTML.
        if (/json/.test(type)) expect(res.headers['x-content-type-options']).toBe('nosniff');
        else expect([path, RAW.exec(res.text)?.[0] ?? null]).toEqual([path, null]);
        const csp = String(res.headers['content-security-policy']);
        expect(csp).toMatch(/script-src 'self'/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
        if (/html/.test(String(res.headers['content-type']))) {
          // The only script elements are JSON-LD data blocks and our own static files.
          for (const tag of res.text.match(/<script\b[^>]*>/g) ?? []) expect([path, tag]).toEqual([path, expect.stringMatching(/^<script (type="application\/ld\+json"|src="\/static\/[\w.-]+\.js"( defer)?)>$/)]);
        }
      }
    }
    const csv = await request(testApp.app).get('/export/claims.csv').expect(200);
    expect(csv.text).toContain(`Eve ${XSS[0]}`.replace(/"/g, '""')); // CSV carries it as data, as text/csv
    expect(String(csv.headers['content-type'])).toMatch(/^text\/csv/);
  });
});

const SQLI = ["' OR 1=1--", "'); DROP TABLE claims;--", '1; DROP TABLE articles', "' UNION SELECT password_hash FROM users--", '" OR ""="', '%27%20OR%201%3D1', "1' AND pg_sleep(5)--", '\\', "';SELECT pg_terminate_backend(pg_backend_pid());--"];
const PARAMS = ['party', 'article', 'language', 'from', 'to', 'page', 'q', 'status', 'unsourced'];
const LISTS = ['/', '/articles', '/parties', '/parties/Washington', '/search', '/api/disputes', '/api/articles', '/api/claims', '/api/search', '/export/claims.csv'];

describe('SQL injection', { timeout: 600_000 }, () => {
  it('every filter, search and path parameter takes SQL payloads as data: no 5xx, no SQL error shown, tables intact', async () => {
    const before = await fingerprint(testApp.db);
    const claimsBefore = await testApp.db.prisma.claim.count();
    for (const payload of SQLI) {
      for (const path of LISTS) {
        for (const param of PARAMS) {
          const res = await request(testApp.app).get(path).query({ [param]: payload });
          tally.sqli++;
          const label = `${path}?${param}=${payload}`;
          expect([label, res.status < 500]).toEqual([label, true]);
          expect([label, STACK_TRACE.test(res.text)]).toEqual([label, false]);
        }
      }
      for (const pattern of ['/claims/:id', '/api/claims/:id', '/articles/:id', '/api/articles/:id', '/parties/:key', '/api/parties/:key', '/actors/:id', '/api/actors/:id']) {
        const path = fill(pattern, { id: payload, key: payload });
        const res = await request(testApp.app).get(path);
        tally.sqli++;
        expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true]);
      }
      // Signed in: the review queue filters.
      const review = await editor.agent.get('/review').query({ article: payload, unsourced: payload, page: payload });
      tally.sqli++;
      expect(review.status).toBeLessThan(500);
    }
    expect(await testApp.db.prisma.claim.count()).toBe(claimsBefore);
    expect(await fingerprint(testApp.db)).toBe(before);
  });
});
