import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../setup/start-test-app.js';
import { addUser, anonymous, csrfFrom, PASSWORD, signIn } from './editor-session.js';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp({ demo: false, env: { LOGIN_MAX_ATTEMPTS: '3' } });
  await addUser(testApp.db, 'ed@example.org', 'editor');
  await addUser(testApp.db, 'limit@example.org', 'editor');
});
afterAll(async () => testApp?.close());

function sessionCookie(res: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.find((cookie) => cookie.startsWith('claimtrail.sid='))?.split(';')[0];
}

describe('login', () => {
  it('shows a form with a CSRF field', async () => {
    const res = await request(testApp.app).get('/login').expect(200);
    expect(res.text).toContain('<form class="form" method="post" action="/login">');
    expect(csrfFrom(res.text)).toMatch(/^[\w-]{40,}$/);
  });

  it('signs in with a new session id, stores the session in the database, and shows the nav', async () => {
    const session = await anonymous(testApp);
    const before = await session.agent.get('/login');
    const anonymousCookie = sessionCookie(before) ?? '';
    const res = await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: 'ED@example.org', password: PASSWORD, next: '/ingest' }).expect(303);
    expect(res.headers.location).toBe('/ingest');
    const signedInCookie = sessionCookie(res);
    expect(signedInCookie).toBeDefined();
    expect(signedInCookie).not.toBe(anonymousCookie);
    const sid = decodeURIComponent(signedInCookie!.split('=')[1]!).slice(2).split('.')[0]!;
    const row = await testApp.db.prisma.session.findUnique({ where: { sid } });
    expect(row?.data).toMatchObject({ userId: expect.any(Number) });
    const page = await session.agent.get('/review').expect(200);
    expect(page.text).toContain('editor-nav');
    expect(page.text).toContain('action="/logout"');
  });

  it('refuses a wrong password with 401 on the form, and does not name the wrong part', async () => {
    const session = await anonymous(testApp);
    const res = await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: 'ed@example.org', password: 'wrong password!' }).expect(401);
    expect(res.text).toContain('The email, username or password is not right.');
    expect(res.text).toContain('value="ed@example.org"');
    const unknown = await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: 'nobody@example.org', password: PASSWORD }).expect(401);
    expect(unknown.text).toContain('The email, username or password is not right.');
  });

  it('never redirects off-site after login', async () => {
    const session = await anonymous(testApp);
    const res = await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: 'ed@example.org', password: PASSWORD, next: '//evil.example/' }).expect(303);
    expect(res.headers.location).toBe('/review');
  });

  it('rate-limits failed logins per IP and username with a clear 429', async () => {
    const session = await anonymous(testApp);
    const attempt = () => session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: 'limit@example.org', password: 'nope nope nope' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt().expect(429);
    expect(limited.text).toContain('Too many sign-in attempts. Please wait 15 minutes and try again.');
    // Even the right password is refused while limited; other usernames are not affected.
    await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: 'limit@example.org', password: PASSWORD }).expect(429);
    await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: 'ed@example.org', password: PASSWORD }).expect(303);
  });

  it('logs out with a POST form and deletes the session', async () => {
    const session = await signIn(testApp, 'ed@example.org');
    const count = await testApp.db.prisma.session.count();
    await session.agent.post('/logout').type('form').send({ _csrf: session.csrf }).expect(303);
    expect(await testApp.db.prisma.session.count()).toBe(count - 1);
    await session.agent.get('/review').expect(303).expect('Location', '/login?next=%2Freview');
  });
});

describe('CSRF', () => {
  it('refuses a POST without a token or with a wrong one with the 403 page', async () => {
    const session = await signIn(testApp, 'ed@example.org');
    const missing = await session.agent.post('/logout').type('form').send({}).expect(403);
    expect(missing.text).toContain('This form has expired or did not come from this site.');
    await session.agent.post('/logout').type('form').send({ _csrf: 'x'.repeat(43) }).expect(403);
    await session.agent.post('/logout').type('form').send({ _csrf: `${session.csrf}x` }).expect(403);
    // A token from another session does not work either.
    const other = await anonymous(testApp);
    await session.agent.post('/logout').type('form').send({ _csrf: other.csrf }).expect(403);
    await request(testApp.app).post('/login').type('form').send({ login: 'ed@example.org', password: PASSWORD }).expect(403);
  });
});

// Last: once this limit is reached, this IP address cannot sign in for the rest of the file.
describe('login rate limit per IP address', () => {
  it('also limits failures per IP address across many names (10 times the per-name limit)', async () => {
    const session = await anonymous(testApp);
    let attempts = 0;
    let status = 0;
    while (status !== 429 && attempts < 40) {
      attempts++;
      status = (await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: `guess${attempts}@example.org`, password: 'nope nope nope' })).status;
    }
    expect(status).toBe(429);
    expect(attempts).toBeLessThanOrEqual(30);
  });
});
