import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchemaTestApp, type TestApp } from '../../setup/start-test-app.js';
import { addUser, signIn } from './editor-session.js';

/** A PostgreSQL server for tests (`.ci/run` starts one with scripts/pg-throwaway.sh). */
const baseUrl = process.env.TEST_DATABASE_URL;
const skipReason = baseUrl ? '' : ' (skipped: TEST_DATABASE_URL is not set; see scripts/pg-throwaway.sh)';

describe.skipIf(!baseUrl)(`the editor side on PostgreSQL${skipReason}`, () => {
  let testApp: TestApp;

  beforeAll(async () => {
    // A schema of its own, so this file never meets other tests' rows.
    testApp = await createSchemaTestApp('editor_test');
    await addUser(testApp.db, 'ed@example.org', 'editor');
    await addUser(testApp.db, 'sam@example.org', 'editor');
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('keeps sessions in the database, detects a conflict, and re-extracts keeping the correction', async () => {
    const editor = await signIn(testApp, 'ed@example.org');
    const other = await signIn(testApp, 'sam@example.org');
    expect(await testApp.db.prisma.session.count()).toBeGreaterThanOrEqual(2);
    const claim = await testApp.db.prisma.claim.findFirstOrThrow({ where: { status: 'machine' }, orderBy: { id: 'asc' }, include: { party: true } });
    const form = {
      version: String(claim.version), start: String(claim.start), end: String(claim.end),
      speakerStart: '', speakerEnd: '', cueStart: '', cueEnd: '', actorId: '', party: claim.party.key, via: '',
    };
    const [mine, theirs] = ['mixed', 'author', 'reported'].filter((kind) => kind !== claim.kind);
    await editor.agent.post(`/claims/${claim.id}/edit`).type('form').send({ _csrf: editor.csrf, ...form, kind: mine }).expect(303);
    await other.agent.post(`/claims/${claim.id}/edit`).type('form').send({ _csrf: other.csrf, ...form, kind: theirs }).expect(409);
    const article = claim.articleId;
    await editor.agent.post(`/articles/${article}/reextract`).type('form').send({ _csrf: editor.csrf }).expect(303);
    expect(await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ kind: mine, status: 'corrected' });
    const ordinals = (await testApp.db.prisma.claim.findMany({ where: { articleId: article }, orderBy: { ordinal: 'asc' } })).map((row) => row.ordinal);
    expect(ordinals).toEqual(ordinals.map((_n, index) => index + 1));
  });
});
