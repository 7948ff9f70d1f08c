import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.js';
import { createUser } from '../../src/users/create-user.js';
import { postgresTarget, type DatabaseTarget } from '../db/database-targets.js';

/**
 * Scaling out: two app processes (`tsx src/server.ts`, different PORTs)
 * against one PostgreSQL database. An editor signs in through one, the
 * session (stored in the database) works on the other, an edit made
 * through one is visible through the other, and failed sign-ins through
 * either count against one LOGIN_MAX_ATTEMPTS (counters in the database).
 */
const baseUrl = process.env.TEST_DATABASE_URL;
const root = join(import.meta.dirname, '..', '..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const SECRET = 'two-processes-session-secret-32-chars!';
const MAX_ATTEMPTS = 4;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

async function startServer(databaseUrl: string, demo: boolean): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [tsxCli, join(root, 'src/server.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: String(demo), SESSION_SECRET: SECRET, LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS) },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { url, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start: ${stderr}`);
}

/** The `name=value` pairs of a response's Set-Cookie headers. */
const cookiesOf = (res: Response): string => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const csrfOf = (html: string): string => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe.skipIf(!baseUrl)(`two app processes against one PostgreSQL${baseUrl ? '' : ' (skipped: TEST_DATABASE_URL is not set)'}`, () => {
  let target: DatabaseTarget;
  let a: { url: string; child: ChildProcess };
  let b: { url: string; child: ChildProcess };
  let databaseUrl: string;

  beforeAll(async () => {
    target = postgresTarget(baseUrl!);
    databaseUrl = (await target.fresh()).databaseUrl!;
    a = await startServer(databaseUrl, true);
    b = await startServer(databaseUrl, false);
    const db = await openDatabase({ databaseUrl });
    try {
      await createUser(db, { email: 'editor@example.org', name: 'Editor', role: 'editor', password: 'correct horse battery staple', actingUserId: null });
    } finally {
      await db.close();
    }
  }, 240_000);

  afterAll(async () => {
    for (const server of [a, b]) {
      if (server?.child.exitCode === null) {
        await new Promise<void>((resolve) => { server.child.once('exit', () => resolve()); server.child.kill('SIGTERM'); });
      }
    }
    await target?.dispose();
  });

  it('a session made on one process works on the other, and an edit through one is visible through the other', async () => {
    const loginPage = await fetch(`${a.url}/login`);
    let cookie = cookiesOf(loginPage);
    const loggedIn = await fetch(`${a.url}/login`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: 'editor@example.org', password: 'correct horse battery staple', _csrf: csrfOf(await loginPage.text()), next: '/review' }),
    });
    expect(loggedIn.status).toBe(303);
    cookie = cookiesOf(loggedIn) || cookie;

    const claimPath = await (async () => {
      const html = await (await fetch(`${b.url}/`)).text();
      return /href="(\/claims\/\d+)"/.exec(html)![1]!;
    })();
    // The session signed in on A is known to B (sessions live in the database).
    const editOnB = await fetch(`${b.url}${claimPath}/edit`, { headers: { cookie }, redirect: 'manual' });
    expect(editOnB.status).toBe(200);
    const before = await (await fetch(`${b.url}${claimPath}`)).text();
    expect(before).not.toContain('Confirmed by an editor');

    const confirmed = await fetch(`${a.url}${claimPath}/confirm`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(await editOnB.text()), version: /name="version" value="(\d+)"/.exec(await (await fetch(`${a.url}${claimPath}/edit`, { headers: { cookie } })).text())?.[1] ?? '1' }),
    });
    expect([302, 303]).toContain(confirmed.status);
    const after = await (await fetch(`${b.url}${claimPath}`)).text();
    expect(after).toContain('Confirmed by an editor');
  });

  it('counts failed sign-ins through both processes against one limit', async () => {
    const attempt = async (url: string): Promise<number> => {
      const form = await fetch(`${url}/login`);
      return (await fetch(`${url}/login`, {
        method: 'POST', redirect: 'manual',
        headers: { cookie: cookiesOf(form), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login: 'editor@example.org', password: 'wrong password', _csrf: csrfOf(await form.text()) }),
      })).status;
    };
    const statuses: number[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) statuses.push(await attempt(i % 2 === 0 ? a.url : b.url));
    expect(statuses).toEqual(Array(MAX_ATTEMPTS).fill(401));
    expect([await attempt(a.url), await attempt(b.url)]).toEqual([429, 429]);
  });
});
