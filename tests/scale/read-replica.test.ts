import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/articles/ingest-article.js';
import { openDatabase } from '../../src/db/open-database.js';
import { REPLICA_RETRY_MS } from '../../src/db/read-replica.js';
import { createUser } from '../../src/users/create-user.js';
import { postgresInstalled } from '../reliability/throwaway-cluster.js';

/**
 * A real streaming replica: a throwaway PostgreSQL cluster of this test's own
 * plus a hot standby made with `pg_basebackup -R` (scripts/pg-throwaway.sh
 * start-replica), and the app (`node --import tsx src/server.ts`) with
 * DATABASE_URL and DATABASE_REPLICA_URL. Replay on the standby is paused
 * (`pg_wal_replay_pause()`) to show which server a page was read from: an
 * editor's save shows at once to that editor (primary) and to readers only
 * once the standby replays it. Then the standby is stopped: readers are
 * served from the primary.
 */
const root = join(import.meta.dirname, '..', '..');
const SECRET = 'read-replica-test-session-secret-32chars';
const PASSWORD = 'correct horse battery staple';
const installed = postgresInstalled();

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

const cookiesOf = (res: Response): string => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const csrfOf = (html: string): string => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** One query on a server, on a connection of its own. */
async function queryOn<Row extends object>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Waits (bounded) until `check` is true; returns whether it became true. */
async function eventually(check: () => Promise<boolean>, tries = 240): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe.skipIf(!installed)(`a read replica for reader pages${installed ? '' : ' (skipped: no PostgreSQL server binaries; see scripts/pg-throwaway.sh)'}`, { timeout: 240_000 }, () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'claimtrail-replica-test-'));
  const env = { ...process.env, PG_THROWAWAY_STATE: join(stateDir, 'state') };
  const throwaway = (command: string): string =>
    execFileSync('sh', ['scripts/pg-throwaway.sh', command], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 }).trim();
  let primaryUrl = '';
  let replicaUrl = '';
  let app: ChildProcess | undefined;
  let appUrl = '';
  let appLog = '';

  beforeAll(async () => {
    primaryUrl = throwaway('start');
    replicaUrl = throwaway('start-replica');
    const port = await freePort();
    app = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server.ts')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: primaryUrl, DATABASE_REPLICA_URL: replicaUrl, NODE_ENV: 'test', LOG_LEVEL: 'info', DEMO: 'true', SESSION_SECRET: SECRET },
    });
    app.stdout?.on('data', (chunk: Buffer) => { appLog += chunk.toString(); });
    app.stderr?.on('data', (chunk: Buffer) => { appLog += chunk.toString(); });
    appUrl = `http://127.0.0.1:${port}`;
    const started = await eventually(async () => {
      if (app?.exitCode !== null) throw new Error(`server exited with ${app?.exitCode}: ${appLog}`);
      return fetch(`${appUrl}/healthz`).then((r) => r.ok, () => false);
    }, 480);
    if (!started) throw new Error(`server did not start: ${appLog}`);
    const db = await openDatabase({ databaseUrl: primaryUrl });
    try {
      await createUser(db, { email: 'editor@example.org', name: 'Editor', role: 'editor', password: PASSWORD, actingUserId: null });
    } finally {
      await db.close();
    }
  }, 240_000);

  afterAll(async () => {
    if (app?.exitCode === null) {
      await new Promise<void>((resolve) => { app!.once('exit', () => resolve()); app!.kill('SIGTERM'); });
    }
    try {
      throwaway('stop');
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  const health = async (): Promise<{ status: string; replica?: { status: string; inRecovery?: boolean; lagBytes?: number | null; lagSeconds?: number | null } }> =>
    (await fetch(`${appUrl}/healthz`)).json() as Promise<{ status: string }>;
  /** Connections of the app's reader pool whose last query was a page's (not the health check's replay probe). */
  const readerConnections = async (url: string): Promise<number> =>
    Number((await queryOn<{ n: string }>(url, `SELECT count(*) AS n FROM pg_stat_activity
      WHERE application_name = 'claimtrail-reader' AND query <> '' AND query NOT LIKE '%pg_is_in_recovery%'`))[0]?.n);

  it('reads reader pages from the standby, editors from the primary; a save reaches readers once replayed', async () => {
    expect(appLog).toContain('read replica ready');
    expect(await eventually(async () => (await health()).replica?.lagBytes === 0)).toBe(true);
    // The primary writes some WAL of its own (standby snapshots), so the lag is not always exactly 0.
    expect(await health()).toMatchObject({ status: 'ok', database: 'postgres', replica: { status: 'ok', inRecovery: true, lagBytes: expect.any(Number), lagSeconds: expect.any(Number) } });

    // Reader pages open connections named claimtrail-reader on the standby, none on the primary.
    const front = await fetch(`${appUrl}/`);
    expect(front.status).toBe(200);
    const claimPath = /href="(\/claims\/\d+)"/.exec(await front.text())![1]!;
    for (const path of ['/articles', '/api/claims', claimPath, '/parties', '/search?q=Iran']) expect([path, (await fetch(`${appUrl}${path}`)).status]).toEqual([path, 200]);
    expect(await readerConnections(replicaUrl)).toBeGreaterThan(0);
    expect(await readerConnections(primaryUrl)).toBe(0);

    // Sign in (the session is written to the primary) and hold the standby's replay.
    const loginPage = await fetch(`${appUrl}/login`);
    let cookie = cookiesOf(loginPage);
    const loggedIn = await fetch(`${appUrl}/login`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: 'editor@example.org', password: PASSWORD, _csrf: csrfOf(await loginPage.text()), next: '/review' }),
    });
    expect(loggedIn.status).toBe(303);
    cookie = cookiesOf(loggedIn) || cookie;
    await queryOn(replicaUrl, 'SELECT pg_wal_replay_pause()');

    const edit = await (await fetch(`${appUrl}${claimPath}/edit`, { headers: { cookie } })).text();
    const confirmed = await fetch(`${appUrl}${claimPath}/confirm`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(edit), version: /name="version" value="(\d+)"/.exec(edit)?.[1] ?? '' }),
    });
    expect(confirmed.status).toBe(303);
    // The editor sees the save at once, on the page the save redirects to ...
    const location = confirmed.headers.get('location')!;
    expect(await (await fetch(new URL(location, appUrl), { headers: { cookie } })).text()).toContain('class="tag tag--ok"');
    expect(await (await fetch(`${appUrl}${claimPath}`, { headers: { cookie } })).text()).toContain('Confirmed by an editor');
    // ... readers do not while the standby has not replayed it; /healthz shows the lag.
    expect(await (await fetch(`${appUrl}${claimPath}`)).text()).not.toContain('Confirmed by an editor');
    expect((await (await fetch(`${appUrl}/api${claimPath}`)).json() as { claim: { status: string } }).claim.status).toBe('machine');
    expect((await health()).replica?.lagBytes).toBeGreaterThan(0);

    // A new article that the standby does not have yet: the reader's not-found is looked up on the primary.
    const db = await openDatabase({ databaseUrl: primaryUrl, seed: false });
    let articleId: number;
    try {
      ({ id: articleId } = await ingestArticle(db, { title: 'Replica lag', text: 'Der Sprecher sagte, die Lage sei ernst.', maxBytes: 10_000 }));
    } finally {
      await db.close();
    }
    expect((await fetch(`${appUrl}/articles/${articleId}`)).status).toBe(200);

    await queryOn(replicaUrl, 'SELECT pg_wal_replay_resume()');
    expect(await eventually(async () => (await (await fetch(`${appUrl}${claimPath}`)).text()).includes('Confirmed by an editor'))).toBe(true);
    expect(await eventually(async () => (await health()).replica?.lagBytes === 0)).toBe(true);
  });

  it('keeps serving readers from the primary while the standby is down, and goes back to it', async () => {
    throwaway('stop-replica');
    // The dropped idle connections already sent readers to the primary. Once that pause is over, the
    // next reader request tries the standby, is refused, and runs again on the primary.
    await new Promise((r) => setTimeout(r, REPLICA_RETRY_MS + 500));
    const paths = ['/', '/articles', '/api/claims', '/parties', '/search?q=Iran', '/export/claims.csv'];
    for (const path of paths) expect([path, (await fetch(`${appUrl}${path}`)).status]).toEqual([path, 200]);
    expect(appLog).toContain('read replica unavailable: reading from the primary');
    const down = await fetch(`${appUrl}/healthz`);
    expect(down.status).toBe(200);
    expect(await down.json()).toEqual({ status: 'ok', database: 'postgres', replica: { status: 'unavailable' } });

    throwaway('start-replica');
    expect(await eventually(async () => (await health()).replica?.status === 'ok')).toBe(true);
    expect(await readerConnections(replicaUrl)).toBe(0);
    // After the retry pause (5 s) reader pages read from the standby again.
    expect(await eventually(async () => {
      await fetch(`${appUrl}/articles`);
      return (await readerConnections(replicaUrl)) > 0;
    }, 120)).toBe(true);
  });
});
