import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesOf } from '../../setup/router-stack.js';
import { createTestApp, type TestApp } from '../../setup/start-test-app.js';
import { addUser, anonymous, signIn, type Session } from './editor-session.js';

let testApp: TestApp;
let editor: Session;
let admin: Session;
let routes: { method: string; path: string }[];

/** GET routes readers may open without an account; every other GET must refuse them. */
const PUBLIC_GET = [
  /^\/$/, /^\/login$/, /^\/healthz$/, /^\/articles(\/:id)?$/, /^\/claims\/:id$/, /^\/parties(\/:key)?$/, /^\/actors\/:id$/,
  /^\/search$/, /^\/api\//, /^\/export\//,
];
/** Non-GET routes open to anonymous requests: signing in, and signing out (a no-op without a session). */
const PUBLIC_POST = ['/login', '/logout'];

/** A concrete URL for a route path: every parameter becomes an id that exists. */
function concrete(path: string, ids: { claim: number; actor: number; article: number; user: number }): string {
  return path
    .replace('/claims/:id', `/claims/${ids.claim}`)
    .replace('/actors/:id', `/actors/${ids.actor}`)
    .replace('/articles/:id', `/articles/${ids.article}`)
    .replace('/users/:id', `/users/${ids.user}`)
    .replace(/:relationId/, '1')
    .replace(/:key/, 'Washington')
    .replace(/:\w+/g, '1');
}

let ids: { claim: number; actor: number; article: number; user: number };

beforeAll(async () => {
  testApp = await createTestApp();
  await addUser(testApp.db, 'ed@example.org', 'editor');
  const adminUser = await addUser(testApp.db, 'admin@example.org', 'admin');
  editor = await signIn(testApp, 'ed@example.org');
  admin = await signIn(testApp, 'admin@example.org');
  routes = routesOf(testApp.app);
  const claim = await testApp.db.prisma.claim.findFirstOrThrow();
  const actor = await testApp.db.prisma.actor.findFirstOrThrow();
  ids = { claim: claim.id, actor: actor.id, article: claim.articleId, user: adminUser.id };
});
afterAll(async () => testApp?.close());

describe('route guards', () => {
  it('finds the editor routes in the router stack', () => {
    const paths = routes.map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(expect.arrayContaining(['GET /review', 'POST /ingest', 'POST /claims/:id/edit', 'POST /actors/merge', 'GET /users', 'POST /articles/:id/reextract']));
    expect(routes.length).toBeGreaterThan(20);
  });

  it('every non-GET route refuses an anonymous request without a CSRF token (403) and with a valid one (401)', async () => {
    const guarded = routes.filter((route) => route.method !== 'GET' && !PUBLIC_POST.includes(route.path));
    expect(guarded.length).toBeGreaterThan(10);
    const visitor = await anonymous(testApp);
    for (const route of guarded) {
      const url = concrete(route.path, ids);
      const method = route.method.toLowerCase() as 'post';
      const noToken = await request(testApp.app)[method](url).type('form').send({});
      expect([url, noToken.status]).toEqual([url, 403]);
      const withToken = await visitor.agent[method](url).type('form').send({ _csrf: visitor.csrf });
      expect([url, withToken.status]).toEqual([url, 401]);
      expect(withToken.text).toContain('Please sign in to continue.');
    }
  });

  it('every GET route that is not a reader page sends anonymous visitors to the login page', async () => {
    const guarded = routes.filter((route) => route.method === 'GET' && !PUBLIC_GET.some((pattern) => pattern.test(route.path)));
    expect(guarded.map((route) => route.path)).toEqual(expect.arrayContaining(['/review', '/ingest', '/claims/:id/edit', '/actors', '/actors/:id/edit', '/users']));
    for (const route of guarded) {
      const url = concrete(route.path, ids);
      const res = await request(testApp.app).get(url);
      expect([url, res.status, res.headers.location]).toEqual([url, 303, `/login?next=${encodeURIComponent(url)}`]);
    }
  });

  it('editor GET pages open for editors and admins', async () => {
    for (const path of ['/review', '/ingest', `/claims/${ids.claim}/edit`, '/actors', `/actors/${ids.actor}/edit`]) {
      expect([path, (await editor.agent.get(path)).status]).toEqual([path, 200]);
      expect([path, (await admin.agent.get(path)).status]).toEqual([path, 200]);
    }
  });

  it('admin routes answer editors with 403', async () => {
    const adminRoutes = routes.filter((route) => route.path.startsWith('/users'));
    expect(adminRoutes.length).toBe(3);
    for (const route of adminRoutes) {
      const url = concrete(route.path, ids);
      const res = route.method === 'GET'
        ? await editor.agent.get(url)
        : await editor.agent.post(url).type('form').send({ _csrf: editor.csrf, role: 'editor', email: 'x@example.org', name: 'x', password: 'long enough password' });
      expect([url, res.status]).toEqual([url, 403]);
      expect(res.text).toContain('Your account may not do this.');
    }
    expect(await testApp.db.prisma.user.count({ where: { email: 'x@example.org' } })).toBe(0);
    expect((await testApp.db.prisma.user.findUniqueOrThrow({ where: { id: ids.user } })).role).toBe('admin');
  });

  it('editor pages have no inline scripts, inline handlers or inline styles (the CSP forbids them)', async () => {
    const visitor = await anonymous(testApp);
    for (const path of ['/login', '/review', '/ingest', `/claims/${ids.claim}/edit`, '/actors', `/actors/${ids.actor}/edit`, '/users']) {
      const res = await (path === '/login' ? visitor : admin).agent.get(path).expect(200);
      expect(res.headers['content-security-policy']).toContain("form-action 'self'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      // Scripts only as files from this site.
      for (const tag of res.text.match(/<script\b[^>]*>/gi) ?? []) expect([path, tag]).toEqual([path, '<script src="/static/editor.js" defer>']);
      expect([path, /<script\b[^>]*>[^<]+<\/script>/i.test(res.text)]).toEqual([path, false]);
      expect([path, /\son[a-z]+\s*=/i.test(res.text)]).toEqual([path, false]);
      expect([path, /\sstyle\s*=/i.test(res.text)]).toEqual([path, false]);
      const forms = res.text.match(/<form\b[^>]*method="post"[^>]*>[\s\S]*?<\/form>/g) ?? [];
      for (const form of forms) expect([path, form.includes('name="_csrf"')]).toEqual([path, true]);
    }
  });
});

describe('admin user management', () => {
  it('creates an editor account, changes roles, and audits both', async () => {
    const page = await admin.page('/users');
    expect(page.status).toBe(200);
    await admin.agent.post('/users').type('form').send({ _csrf: admin.csrf, name: 'New <b>Editor</b>', email: 'new@example.org', role: 'editor', password: 'new editor password' }).expect(303);
    const created = await testApp.db.prisma.user.findUniqueOrThrow({ where: { email: 'new@example.org' } });
    expect(created.role).toBe('editor');
    expect((await admin.agent.get('/users')).text).toContain('New &lt;b&gt;Editor&lt;/b&gt;');
    await admin.agent.post(`/users/${created.id}/role`).type('form').send({ _csrf: admin.csrf, role: 'admin' }).expect(303);
    expect((await testApp.db.prisma.user.findUniqueOrThrow({ where: { id: created.id } })).role).toBe('admin');
    const audit = await testApp.db.prisma.auditEntry.findMany({ where: { entityType: 'user', entityId: String(created.id) }, orderBy: { id: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'change-role']);
    expect(JSON.stringify(audit)).not.toContain('argon2');
    // The new account can sign in with its password.
    const visitor = await anonymous(testApp);
    await visitor.agent.post('/login').type('form').send({ _csrf: visitor.csrf, login: 'new@example.org', password: 'new editor password' }).expect(303);
  });

  it('refuses a bad account with 400 on the form', async () => {
    const res = await admin.agent.post('/users').type('form').send({ _csrf: admin.csrf, name: '', email: 'not-an-email', role: 'editor', password: 'short' }).expect(400);
    expect(res.text).toContain('email: must be an email address');
    expect(res.text).toContain('password: must be at least 10 characters');
  });

  it('does not demote the last admin', async () => {
    const admins = await testApp.db.prisma.user.findMany({ where: { role: 'admin' } });
    for (const user of admins.slice(1)) await testApp.db.prisma.user.update({ where: { id: user.id }, data: { role: 'editor' } });
    const res = await admin.agent.post(`/users/${admins[0]!.id}/role`).type('form').send({ _csrf: admin.csrf, role: 'editor' }).expect(400);
    expect(res.text).toContain('The last admin cannot be made an editor.');
  });
});
