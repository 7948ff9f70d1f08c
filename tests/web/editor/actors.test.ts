import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../setup/start-test-app.js';
import { addUser, signIn, type Session } from './editor-session.js';

let testApp: TestApp;
let editor: Session;

beforeAll(async () => {
  testApp = await createTestApp();
  await addUser(testApp.db, 'ed@example.org', 'editor');
  editor = await signIn(testApp, 'ed@example.org');
});
afterAll(async () => testApp?.close());

function post(path: string, body: Record<string, string>) {
  return editor.agent.post(path).type('form').send({ _csrf: editor.csrf, ...body });
}

describe('actors', () => {
  it('lists actors with a create and a merge form', async () => {
    const res = await editor.page('/actors');
    expect(res.status).toBe(200);
    expect(res.text).toContain('action="/actors/merge"');
    expect(res.text).toContain('Mark Esper');
  });

  it('creates an actor with aliases, shows names with markup as text, and audits it', async () => {
    const res = await post('/actors', { name: 'Eve <script>alert(1)</script>', kind: 'person', party: 'Washington', aliases: 'E. Example\n<img src=x onerror=alert(1)>\n\nE. Example' }).expect(303);
    const id = Number(/\/actors\/(\d+)\/edit/.exec(String(res.headers.location))?.[1]);
    const actor = await testApp.db.prisma.actor.findUniqueOrThrow({ where: { id }, include: { aliases: true } });
    expect(actor.aliases.map((row) => row.alias).sort()).toEqual(['<img src=x onerror=alert(1)>', 'E. Example']);
    const list = await editor.agent.get('/actors').expect(200);
    expect(list.text).not.toContain('<script>alert(1)');
    expect(list.text).not.toContain('<img src=x');
    expect(list.text).toContain('Eve &lt;script&gt;alert(1)&lt;/script&gt;');
    const edit = await editor.agent.get(`/actors/${id}/edit`).expect(200);
    expect(edit.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(edit.text).not.toContain('<img src=x');
    expect(await testApp.db.prisma.auditEntry.count({ where: { entityType: 'actor', entityId: String(id), action: 'create' } })).toBe(1);
  });

  it('refuses an actor without a name or with an unknown party with 400', async () => {
    const res = await post('/actors', { name: ' ', kind: 'person', party: 'Atlantis' }).expect(400);
    expect(res.text).toContain('Name: must not be empty');
    expect(res.text).toContain('no party with the key');
  });

  it('edits name and aliases with before and after in the audit log', async () => {
    const actor = await testApp.db.prisma.actor.findFirstOrThrow({ where: { key: 'Mark Esper' }, include: { aliases: true, party: true } });
    await post(`/actors/${actor.id}/edit`, { version: String(actor.version), name: 'Mark T. Esper', kind: actor.kind, party: actor.party.key, aliases: 'Esper\nPentagon-Chef' }).expect(303);
    const after = await testApp.db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id }, include: { aliases: true } });
    expect(after.name).toBe('Mark T. Esper');
    expect(after.aliases.map((row) => row.alias).sort()).toEqual(['Esper', 'Pentagon-Chef']);
    const audit = await testApp.db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'actor', entityId: String(actor.id), action: 'update' } });
    expect(audit.before).toMatchObject({ name: 'Mark Esper' });
    expect(audit.after).toMatchObject({ name: 'Mark T. Esper', aliases: ['Esper', 'Pentagon-Chef'] });
    // A stale version is a conflict and changes nothing.
    const stale = await post(`/actors/${actor.id}/edit`, { version: String(actor.version), name: 'Someone else', kind: actor.kind, party: actor.party.key, aliases: '' }).expect(409);
    expect(stale.text).toContain('Someone else changed this actor');
    expect((await testApp.db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id } })).name).toBe('Mark T. Esper');
  });

  it('merges a duplicate: aliases and claims move to the survivor, the duplicate is gone', async () => {
    const survivor = await testApp.db.prisma.actor.findFirstOrThrow({ where: { key: 'Mark Esper' }, include: { aliases: true } });
    const created = await post('/actors', { name: 'M. Esper', kind: 'person', party: 'Washington', aliases: 'US-Verteidigungsminister\nEsper' }).expect(303);
    const duplicateId = Number(/\/actors\/(\d+)\/edit/.exec(String(created.headers.location))?.[1]);
    const claim = await testApp.db.prisma.claim.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await testApp.db.prisma.claim.update({ where: { id: claim.id }, data: { actorId: duplicateId } });

    await post('/actors/merge', { duplicateId: String(duplicateId), survivorId: String(survivor.id) }).expect(303).expect('Location', `/actors/${survivor.id}/edit?done=merged`);
    expect(await testApp.db.prisma.actor.findUnique({ where: { id: duplicateId } })).toBeNull();
    const after = await testApp.db.prisma.actor.findUniqueOrThrow({ where: { id: survivor.id }, include: { aliases: true } });
    const aliases = after.aliases.map((row) => row.alias);
    expect(aliases).toEqual(expect.arrayContaining(['M. Esper', 'US-Verteidigungsminister', 'Esper']));
    expect(aliases.filter((alias) => alias === 'Esper')).toHaveLength(1);
    expect((await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).actorId).toBe(survivor.id);
    const claimAudit = await testApp.db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'claim', entityId: String(claim.id), action: 'merge-actor' } });
    expect(claimAudit.before).toMatchObject({ actor: { id: duplicateId } });
    expect(claimAudit.after).toMatchObject({ actor: { id: survivor.id } });
    expect(await testApp.db.prisma.auditEntry.count({ where: { entityType: 'actor', entityId: String(survivor.id), action: 'merge' } })).toBe(1);
  });

  it('refuses merging an actor into itself', async () => {
    const actor = await testApp.db.prisma.actor.findFirstOrThrow();
    await post('/actors/merge', { duplicateId: String(actor.id), survivorId: String(actor.id) }).expect(400);
  });
});
