import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/articles/ingest-article.js';
import { createTestApp, type TestApp } from '../../setup/start-test-app.js';
import { addUser, signIn, type Session } from './editor-session.js';

let testApp: TestApp;
let editor: Session;
let demoId: number;

beforeAll(async () => {
  testApp = await createTestApp();
  await addUser(testApp.db, 'ed@example.org', 'editor');
  editor = await signIn(testApp, 'ed@example.org');
  demoId = (await testApp.db.prisma.article.findFirstOrThrow()).id;
});
afterAll(async () => testApp?.close());

function editLinks(html: string): number[] {
  return [...html.matchAll(/href="\/claims\/(\d+)\/edit"/g)].map((match) => Number(match[1]));
}

describe('review queue', () => {
  it('lists machine claims lowest confidence first, 25 a page, with page links', async () => {
    const waiting = await testApp.db.prisma.claim.findMany({ where: { status: 'machine' }, orderBy: [{ confidence: 'asc' }, { articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }] });
    const res = await editor.agent.get('/review').expect(200);
    expect(res.text).toContain(`${waiting.length} claims wait for review`);
    const shown = editLinks(res.text);
    expect(shown).toEqual(waiting.slice(0, 25).map((claim) => claim.id));
    if (waiting.length > 25) {
      expect(res.text).toContain('href="/review?page=2"');
      const second = await editor.agent.get('/review?page=2').expect(200);
      expect(editLinks(second.text)).toEqual(waiting.slice(25, 50).map((claim) => claim.id));
    }
  });

  it('leaves out reviewed claims and filters by article', async () => {
    const other = await ingestArticle(testApp.db, {
      title: 'Second <i>article</i>',
      text: 'Der Minister sagte, die Lage sei ernst. Die Opposition wies das zurück und erklärte, es gebe keine Krise.',
      maxBytes: 100_000,
    });
    const otherClaims = await testApp.db.prisma.claim.findMany({ where: { articleId: other.id } });
    expect(otherClaims.length).toBeGreaterThan(0);
    const res = await editor.agent.get(`/review?article=${other.id}`).expect(200);
    expect(new Set(editLinks(res.text))).toEqual(new Set(otherClaims.map((claim) => claim.id)));
    expect(res.text).toContain('Second &lt;i&gt;article&lt;/i&gt;');
    expect(res.text).toContain(`action="/articles/${other.id}/reextract"`);

    const first = await testApp.db.prisma.claim.findFirstOrThrow({ where: { articleId: demoId, status: 'machine' }, orderBy: { confidence: 'asc' } });
    await testApp.db.prisma.claim.update({ where: { id: first.id }, data: { status: 'confirmed' } });
    expect(editLinks((await editor.agent.get(`/review?article=${demoId}`)).text)).not.toContain(first.id);
  });

  it('lists only unsourced author claims on request', async () => {
    const unsourced = await testApp.db.prisma.claim.findMany({ where: { status: 'machine', unsourced: true, kind: 'author' } });
    const res = await editor.agent.get('/review?unsourced=1').expect(200);
    expect(new Set(editLinks(res.text))).toEqual(new Set(unsourced.slice(0, 25).map((claim) => claim.id)));
  });
});

describe('re-extraction from the web', () => {
  it('keeps a confirmed claim and goes back to the article queue', async () => {
    const confirmed = await testApp.db.prisma.claim.findFirstOrThrow({ where: { articleId: demoId, status: 'confirmed' } });
    const machineBefore = await testApp.db.prisma.claim.findMany({ where: { articleId: demoId, status: 'machine' }, select: { id: true } });
    await editor.page(`/review?article=${demoId}`);
    await editor.agent.post(`/articles/${demoId}/reextract`).type('form').send({ _csrf: editor.csrf }).expect(303).expect('Location', `/review?article=${demoId}`);
    expect(await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: confirmed.id } })).toMatchObject({ status: 'confirmed', version: confirmed.version });
    expect(await testApp.db.prisma.claim.count({ where: { id: { in: machineBefore.map((claim) => claim.id) } } })).toBe(0);
    expect(await testApp.db.prisma.auditEntry.count({ where: { entityType: 'article', entityId: String(demoId), action: 'reextract' } })).toBe(1);
  });

  it('answers an unknown article with 404', async () => {
    await editor.agent.post('/articles/999999/reextract').type('form').send({ _csrf: editor.csrf }).expect(404);
  });
});
