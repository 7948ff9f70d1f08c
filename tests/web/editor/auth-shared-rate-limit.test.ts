import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { IN_MEMORY, parseConfig } from '../../../src/config.js';
import { openDatabase, type Database } from '../../../src/db/open-database.js';
import { createLogger } from '../../../src/logger.js';
import { postgresTarget, type DatabaseTarget } from '../../db/database-targets.js';
import { addUser, PASSWORD } from './editor-session.js';

/**
 * The login rate limit is shared by every app process on one database: two
 * app instances, each with its own Database handle where the engine allows
 * (PostgreSQL), together allow only LOGIN_MAX_ATTEMPTS failed sign-ins.
 */
const MAX_ATTEMPTS = 4;
const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: IN_MEMORY, SESSION_SECRET: 'test-session-secret-of-32-chars!!', LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS) });

type App = ReturnType<typeof createApp>;

/** A failed (or, with the right password, successful) sign-in on `app` in a fresh session. */
async function attempt(app: App, login: string, password = 'wrong password!'): Promise<number> {
  const agent = request.agent(app);
  const form = await agent.get('/login');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
  return (await agent.post('/login').type('form').send({ _csrf: csrf, login, password })).status;
}

function sharedLimitTests(open: () => Promise<[Database, Database]>): void {
  let dbs: Database[] = [];
  let apps: [App, App];

  beforeAll(async () => {
    const [first, second] = await open();
    dbs = [...new Set([first, second])];
    const logger = createLogger(config);
    apps = [createApp({ config, db: first, logger }), createApp({ config, db: second, logger })];
    await addUser(first, 'shared@example.org', 'editor');
    await addUser(first, 'other@example.org', 'editor');
  }, 60_000);
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('counts failed sign-ins made through either app together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) statuses.push(await attempt(apps[i % 2]!, 'shared@example.org'));
    expect(statuses).toEqual(Array(MAX_ATTEMPTS).fill(401));
    // Both apps now refuse, even the right password: the limit is spent across them.
    expect(await attempt(apps[0], 'shared@example.org')).toBe(429);
    expect(await attempt(apps[1], 'shared@example.org', PASSWORD)).toBe(429);
    // Another login name from the same address is not affected, and a successful sign-in does not count.
    expect(await attempt(apps[1], 'other@example.org', PASSWORD)).toBe(303);
    const rows = await dbs[0]!.prisma.loginAttempt.findMany();
    expect(rows.map((row) => row.key).join(' ')).not.toContain('shared@example.org');
    expect(rows.filter((row) => row.key.startsWith('name:')).map((row) => row.hits)).toContain(MAX_ATTEMPTS + 2);
  });
}

describe('login rate limit shared by two app instances (PGlite, one database)', () => {
  sharedLimitTests(async () => {
    const db = await openDatabase({ dataDir: IN_MEMORY });
    return [db, db];
  });
});

const baseUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!baseUrl)(`login rate limit shared by two app instances (PostgreSQL, two connection pools)${baseUrl ? '' : ' (skipped: TEST_DATABASE_URL is not set)'}`, () => {
  let target: DatabaseTarget;
  afterAll(async () => target?.dispose());
  sharedLimitTests(async () => {
    target = postgresTarget(baseUrl!);
    const { databaseUrl } = await target.fresh();
    return [await openDatabase({ databaseUrl }), await openDatabase({ databaseUrl })];
  });
});
