import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../setup/start-test-app.js';
import { addUser, anonymous, signIn, type Session } from './editor-session.js';

let testApp: TestApp;
let editor: Session;
let other: Session;

beforeAll(async () => {
  testApp = await createTestApp();
  await addUser(testApp.db, 'ed@example.org', 'editor');
  await addUser(testApp.db, 'second@example.org', 'editor');
  editor = await signIn(testApp, 'ed@example.org');
  other = await signIn(testApp, 'second@example.org');
});
afterAll(async () => testApp?.close());

async function machineClaim(skip = 0) {
  return testApp.db.prisma.claim.findFirstOrThrow({
    where: { status: 'machine', speakerStart: { not: null } },
    orderBy: { id: 'asc' },
    skip,
    include: { party: true, relays: { include: { party: true } } },
  });
}

function formOf(claim: Awaited<ReturnType<typeof machineClaim>>, changes: Record<string, string> = {}) {
  return {
    version: String(claim.version),
    kind: claim.kind,
    start: String(claim.start),
    end: String(claim.end),
    speakerStart: claim.speakerStart === null ? '' : String(claim.speakerStart),
    speakerEnd: claim.speakerEnd === null ? '' : String(claim.speakerEnd),
    cueStart: claim.cueStart === null ? '' : String(claim.cueStart),
    cueEnd: claim.cueEnd === null ? '' : String(claim.cueEnd),
    actorId: claim.actorId === null ? '' : String(claim.actorId),
    party: claim.party.key,
    via: claim.relays.map((relay) => relay.party.key).join(', '),
    ...changes,
  };
}

describe('claim edit page', () => {
  it('sends anonymous readers to the login page', async () => {
    const claim = await machineClaim();
    const res = await (await anonymous(testApp)).agent.get(`/claims/${claim.id}/edit`).expect(303);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(`/claims/${claim.id}/edit`)}`);
  });

  it('shows the claim with its version, spans and CSRF fields', async () => {
    const claim = await machineClaim();
    const res = await editor.page(`/claims/${claim.id}/edit`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`name="version" value="${claim.version}"`);
    expect(res.text).toContain(`name="start" type="number" min="0" inputmode="numeric" aria-label="Content start" value="${claim.start}"`);
    expect(res.text.match(/name="_csrf"/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('is linked from the claim page and the article page for editors only', async () => {
    const claim = await machineClaim();
    const editLink = `href="/claims/${claim.id}/edit"`;
    const reviewLink = `href="/review?article=${claim.articleId}"`;
    expect((await editor.page(`/claims/${claim.id}`)).text).toContain(editLink);
    expect((await editor.page(`/articles/${claim.articleId}`)).text).toContain(reviewLink);
    const reader = (await anonymous(testApp)).agent;
    expect((await reader.get(`/claims/${claim.id}`).expect(200)).text).not.toContain(editLink);
    expect((await reader.get(`/articles/${claim.articleId}`).expect(200)).text).not.toContain(reviewLink);
  });

  it('answers an unknown claim with 404', async () => {
    await editor.agent.get('/claims/99999999/edit').expect(404);
  });
});

describe('markup in article text', () => {
  it('is shown as text on the edit page and in the review queue', async () => {
    const { ingestArticle } = await import('../../../src/articles/ingest-article.js');
    const { id } = await ingestArticle(testApp.db, {
      title: 'Title <script>alert("t")</script>',
      text: 'Der Minister sagte, die <script>alert("x")</script> Lage sei <img src=x onerror=alert(1)> ernst.\n\nDie Opposition wies das zurück.',
      maxBytes: 100_000,
    });
    const claim = await testApp.db.prisma.claim.findFirstOrThrow({ where: { articleId: id }, orderBy: { start: 'asc' } });
    for (const path of [`/claims/${claim.id}/edit`, `/review?article=${id}`]) {
      const res = await editor.agent.get(path).expect(200);
      expect([path, res.text.includes('<script>alert')]).toEqual([path, false]);
      expect([path, res.text.includes('<img src=x')]).toEqual([path, false]);
      expect(res.text).toContain('&lt;script&gt;alert(&#34;');
    }
  });
});

describe('correcting a claim', () => {
  it('saves the correction, marks it corrected, bumps the version and writes an audit entry with before and after', async () => {
    const claim = await machineClaim();
    const article = await testApp.db.prisma.article.findUniqueOrThrow({ where: { id: claim.articleId } });
    const newEnd = claim.end - 1;
    const res = await editor.agent
      .post(`/claims/${claim.id}/edit`)
      .type('form')
      .send({ _csrf: editor.csrf, ...formOf(claim, { kind: 'reported', end: String(newEnd), via: 'Reuters', cueStart: '', cueEnd: '' }) })
      .expect(303);
    expect(res.headers.location).toBe(`/claims/${claim.id}/edit?done=saved`);
    const after = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { relays: { include: { party: true } } } });
    expect(after).toMatchObject({ status: 'corrected', kind: 'reported', end: newEnd, text: article.text.slice(claim.start, newEnd), version: claim.version + 1, cueText: null });
    expect(after.relays.map((relay) => relay.party.key)).toEqual(['Reuters']);
    const audit = await testApp.db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'claim', entityId: String(claim.id), action: 'correct' } });
    expect(audit.userId).not.toBeNull();
    expect(audit.before).toMatchObject({ kind: claim.kind, end: claim.end, status: 'machine', version: claim.version });
    expect(audit.after).toMatchObject({ kind: 'reported', end: newEnd, via: ['Reuters'], status: 'corrected', cue: null });
  });

  it.each([
    ['end before start', { start: '50', end: '10' }, 'Content: must satisfy'],
    ['end past the text', { end: '99999999' }, 'Content: must satisfy'],
    ['half a speaker span', { speakerStart: '3', speakerEnd: '' }, 'Speaker: give both start and end'],
    ['unknown party', { party: 'Atlantis' }, 'no party with the key &#34;Atlantis&#34;'],
    ['unknown kind', { kind: 'rumour' }, 'Kind: must be one of'],
  ])('refuses %s with 400 on the form and changes nothing', async (_name, changes, message) => {
    const claim = await machineClaim(1);
    const res = await editor.agent.post(`/claims/${claim.id}/edit`).type('form').send({ _csrf: editor.csrf, ...formOf(claim, changes) }).expect(400);
    expect(res.text).toContain(message);
    const after = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ status: 'machine', version: claim.version, start: claim.start, end: claim.end });
  });

  it("detaches a continuation whose lent cue the editor removes, and keeps it while the cue stays", async () => {
    const continuation = await testApp.db.prisma.claim.findFirstOrThrow({
      where: { continuesId: { not: null }, status: 'machine' }, orderBy: { id: 'asc' }, include: { party: true, relays: { include: { party: true } } },
    });
    // A correction of the speaker alone keeps the link (and the lent cue).
    await editor.agent.post(`/claims/${continuation.id}/edit`).type('form')
      .send({ _csrf: editor.csrf, ...formOf(continuation, { speakerStart: '', speakerEnd: '' }) }).expect(303);
    const kept = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: continuation.id }, include: { party: true, relays: { include: { party: true } } } });
    expect(kept).toMatchObject({ status: 'corrected', speakerText: null, continuesId: continuation.continuesId, cueText: continuation.cueText });
    // Removing the cue makes it the author's own sentence: the claim page no longer says it continues another.
    await editor.agent.post(`/claims/${continuation.id}/edit`).type('form')
      .send({ _csrf: editor.csrf, ...formOf(kept, { kind: 'author', party: 'author', cueStart: '', cueEnd: '' }) }).expect(303);
    expect(await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: continuation.id } })).toMatchObject({ cueText: null, continuesId: null });
    expect((await editor.page(`/claims/${continuation.id}`)).text).not.toContain('<dt>Continues</dt>');
  });

  it('a save without changes changes nothing', async () => {
    const claim = await machineClaim(1);
    const res = await editor.agent.post(`/claims/${claim.id}/edit`).type('form').send({ _csrf: editor.csrf, ...formOf(claim) }).expect(303);
    expect(res.headers.location).toContain('done=unchanged');
    expect(await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: 'machine', version: claim.version });
  });
});

describe('two editors at once', () => {
  it('the second save gets a 409 conflict page with both values and overwrites nothing', async () => {
    const claim = await machineClaim(2);
    const [mine, theirs] = ['mixed', 'author', 'reported'].filter((kind) => kind !== claim.kind);
    await editor.page(`/claims/${claim.id}/edit`);
    await other.page(`/claims/${claim.id}/edit`);
    await editor.agent.post(`/claims/${claim.id}/edit`).type('form').send({ _csrf: editor.csrf, ...formOf(claim, { kind: mine! }) }).expect(303);
    const res = await other.agent.post(`/claims/${claim.id}/edit`).type('form').send({ _csrf: other.csrf, ...formOf(claim, { kind: theirs! }) }).expect(409);
    expect(res.text).toContain('Someone else changed this claim');
    expect(res.text).toMatch(new RegExp(`<th scope="row">Kind</th>\\s*<td data-label="Saved now">${mine}</td>\\s*<td data-label="Your values">${theirs}</td>`));
    const after = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ kind: mine, version: claim.version + 1 });
    expect(await testApp.db.prisma.auditEntry.count({ where: { entityType: 'claim', entityId: String(claim.id) } })).toBe(1);
    // A stale confirm is a conflict too.
    await other.agent.post(`/claims/${claim.id}/confirm`).type('form').send({ _csrf: other.csrf, version: String(claim.version) }).expect(409);
    expect((await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('corrected');
  });
});

describe('confirm and reject', () => {
  it('confirms a claim and audits it', async () => {
    const claim = await machineClaim(3);
    await editor.agent.post(`/claims/${claim.id}/confirm`).type('form').send({ _csrf: editor.csrf, version: String(claim.version) }).expect(303);
    expect(await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: 'confirmed', version: claim.version + 1 });
    const next = await testApp.db.prisma.claim.findFirstOrThrow({ where: { status: 'machine' }, orderBy: [{ confidence: 'asc' }, { articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }] });
    const page = await editor.agent.get(`/claims/${claim.id}/edit?done=confirmed`).expect(200);
    expect(page.text).toContain('Claim confirmed.');
    expect(page.text).toContain(`<a href="/claims/${next.id}/edit">Next claim to review →</a>`);
    const audit = await testApp.db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: String(claim.id), action: 'confirm' } });
    expect(audit.before).toMatchObject({ status: 'machine' });
    expect(audit.after).toMatchObject({ status: 'confirmed' });
  });

  it('rejects a claim, which is kept and leaves the review queue', async () => {
    const claim = await machineClaim(3);
    await editor.agent.post(`/claims/${claim.id}/reject`).type('form').send({ _csrf: editor.csrf, version: String(claim.version) }).expect(303);
    expect(await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: 'rejected' });
    const review = await editor.agent.get(`/review?article=${claim.articleId}`).expect(200);
    expect(review.text).not.toContain(`href="/claims/${claim.id}/edit"`);
  });
});

describe('links between claims', () => {
  it('adds an editor link and removes it again, both audited', async () => {
    const [a, b] = await testApp.db.prisma.claim.findMany({ orderBy: { id: 'asc' }, take: 2 });
    await editor.agent.post(`/claims/${a!.id}/relations`).type('form').send({ _csrf: editor.csrf, type: 'doubts', toId: String(b!.id), direction: 'outgoing' }).expect(303);
    const relation = await testApp.db.prisma.claimRelation.findFirstOrThrow({ where: { fromId: a!.id, toId: b!.id, type: 'doubts' } });
    expect(relation).toMatchObject({ origin: 'editor', status: 'confirmed' });
    expect((await editor.agent.get(`/claims/${a!.id}/edit`)).text).toContain('This claim doubts');
    await editor.agent.post(`/claims/${a!.id}/relations/${relation.id}/delete`).type('form').send({ _csrf: editor.csrf }).expect(303);
    expect(await testApp.db.prisma.claimRelation.findUnique({ where: { id: relation.id } })).toBeNull();
    const actions = await testApp.db.prisma.auditEntry.findMany({ where: { entityType: 'relation', entityId: String(relation.id) }, orderBy: { id: 'asc' } });
    expect(actions.map((entry) => entry.action)).toEqual(['create', 'delete']);
    expect(actions[1]!.before).toMatchObject({ type: 'doubts', origin: 'editor' });
    // Both claims' histories note the link and its removal.
    for (const claimId of [a!.id, b!.id]) {
      const notes = await testApp.db.prisma.auditEntry.findMany({ where: { entityType: 'claim', entityId: String(claimId), action: { in: ['add-link', 'remove-link'] } }, orderBy: { id: 'asc' } });
      expect(notes.map((note) => [note.action, note.after ?? note.before])).toEqual([
        ['add-link', { link: `#${a!.id} doubts #${b!.id}` }],
        ['remove-link', { link: `#${a!.id} doubts #${b!.id}` }],
      ]);
    }
  });

  it('removing a machine link marks it rejected instead of deleting it', async () => {
    const [a, b] = await testApp.db.prisma.claim.findMany({ orderBy: { id: 'asc' }, skip: 2, take: 2 });
    const machine = await testApp.db.prisma.claimRelation.create({ data: { fromId: a!.id, toId: b!.id, type: 'denies', confidence: 0.6 } });
    await editor.agent.post(`/claims/${b!.id}/relations/${machine.id}/delete`).type('form').send({ _csrf: editor.csrf }).expect(303);
    expect(await testApp.db.prisma.claimRelation.findUniqueOrThrow({ where: { id: machine.id } })).toMatchObject({ status: 'rejected', origin: 'machine' });
  });

  it('refuses a link to itself or to a claim that does not exist', async () => {
    const a = await testApp.db.prisma.claim.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await editor.agent.post(`/claims/${a.id}/relations`).type('form').send({ _csrf: editor.csrf, type: 'denies', otherId: String(a.id) }).expect(400);
    await editor.agent.post(`/claims/${a.id}/relations`).type('form').send({ _csrf: editor.csrf, type: 'denies', otherId: '99999999' }).expect(404);
    await editor.agent.post(`/claims/${a.id}/relations`).type('form').send({ _csrf: editor.csrf, type: 'likes', otherId: '1' }).expect(400);
  });
});
