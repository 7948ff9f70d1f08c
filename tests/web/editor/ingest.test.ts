import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../setup/start-test-app.js';
import { addUser, signIn, type Session } from './editor-session.js';

let testApp: TestApp;
let editor: Session;

const GERMAN = 'Der Minister sagte, die Lage sei ernst.\n\nDie Opposition wies das zurück.';

beforeAll(async () => {
  testApp = await createTestApp({ demo: false, env: { MAX_ARTICLE_BYTES: '2000', MAX_UPLOAD_BYTES: '4000', MAX_REQUEST_BYTES: '8000' } });
  await addUser(testApp.db, 'ed@example.org', 'editor');
  editor = await signIn(testApp, 'ed@example.org');
});
afterAll(async () => testApp?.close());

async function counts() {
  const [articles, claims, audit] = await Promise.all([
    testApp.db.prisma.article.count(),
    testApp.db.prisma.claim.count(),
    testApp.db.prisma.auditEntry.count({ where: { entityType: 'article' } }),
  ]);
  return { articles, claims, audit };
}

function upload(fields: Record<string, string>, file?: { name: string; content: Buffer | string }) {
  let req = editor.agent.post('/ingest').field('_csrf', editor.csrf);
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  if (file) req = req.attach('file', Buffer.from(file.content), file.name);
  return req;
}

describe('ingest', () => {
  it('shows the form with a multipart POST and a CSRF field', async () => {
    const res = await editor.page('/ingest');
    expect(res.status).toBe(200);
    expect(res.text).toContain('enctype="multipart/form-data"');
    expect(res.text).toContain('name="_csrf"');
  });

  it('stores pasted text with metadata, detects the language, and audits it', async () => {
    const res = await upload({ title: 'Pasted', outlet: 'Tagblatt', url: 'https://example.org/a', date: '2024-03-01', text: GERMAN }).expect(303);
    const id = Number(/\/articles\/(\d+)$/.exec(String(res.headers.location))?.[1]);
    const article = await testApp.db.prisma.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ title: 'Pasted', outlet: 'Tagblatt', url: 'https://example.org/a', language: 'de', text: GERMAN });
    expect(article.publishedAt?.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(article.createdById).not.toBeNull();
    const audit = await testApp.db.prisma.auditEntry.findFirst({ where: { entityType: 'article', entityId: String(id) } });
    expect(audit).toMatchObject({ action: 'create', userId: article.createdById });
  });

  it('refuses the same text again with a link to the existing article', async () => {
    const first = await testApp.db.prisma.article.findFirstOrThrow({ where: { title: 'Pasted' } });
    const before = await counts();
    const res = await upload({ title: 'Again', text: `${GERMAN}\n\n` }).expect(409);
    expect(res.text).toContain('This text has already been ingested.');
    expect(res.text).toContain(`href="/articles/${first.id}"`);
    expect(await counts()).toEqual(before);
  });

  it('reads an uploaded .txt file', async () => {
    const res = await upload({ title: 'From txt' }, { name: 'a.txt', content: 'The minister said the situation was serious.\n\nThe opposition denied it.' }).expect(303);
    const id = Number(/(\d+)$/.exec(String(res.headers.location))?.[1]);
    expect(await testApp.db.prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ language: 'en', title: 'From txt' });
  });

  it('strips Markdown from an uploaded .md file', async () => {
    const md = '# Heading here\n\nThe **minister** said [the situation](https://x.example) was _serious_.\n\n- The opposition denied it.';
    const res = await upload({ title: 'From md' }, { name: 'b.md', content: md }).expect(303);
    const id = Number(/(\d+)$/.exec(String(res.headers.location))?.[1]);
    const { text } = await testApp.db.prisma.article.findUniqueOrThrow({ where: { id } });
    expect(text).toBe('Heading here\n\nThe minister said the situation was serious.\n\nThe opposition denied it.');
  });

  it('converts an uploaded .html file safely: no scripts or styles, entities decoded, paragraphs kept, title from <title>', async () => {
    const html = `<!doctype html><html><head><title>Seite &amp; Titel</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body><nav>Menu</nav><article><h1>Überschrift</h1>
      <p>Der Minister sagte, die Lage sei &bdquo;ernst&ldquo;.</p><p onclick="x()">Man schrieb &lt;script&gt; als Text.<br>Zweite Zeile.</p></article></body></html>`;
    const res = await upload({}, { name: 'c.html', content: html }).expect(303);
    const id = Number(/(\d+)$/.exec(String(res.headers.location))?.[1]);
    const article = await testApp.db.prisma.article.findUniqueOrThrow({ where: { id } });
    expect(article.title).toBe('Seite & Titel');
    expect(article.text).toBe('Überschrift\n\nDer Minister sagte, die Lage sei „ernst“.\n\nMan schrieb <script> als Text.\nZweite Zeile.');
    const page = await editor.agent.get(`/articles/${id}`);
    expect(page.text).not.toContain('<script> als');
    expect(page.text).not.toContain('alert(');
  });

  it.each([
    ['empty text', { title: 'x', text: '' }, undefined, 400, 'The article has no text'],
    ['whitespace only', { title: 'x', text: '  \n\t\n   ' }, undefined, 400, 'The article has no text'],
    ['no title', { text: 'Some text here.' }, undefined, 400, 'The article needs a title.'],
    ['bad URL', { title: 'x', text: 'Some other text.', url: 'javascript:alert(1)' }, undefined, 400, 'URL: must be an http'],
    ['bad date', { title: 'x', text: 'Some other text.', date: '2024-02-31' }, undefined, 400, 'Date: must be a date'],
    ['text too large', { title: 'x', text: 'ä'.repeat(1500) }, undefined, 413, 'larger than the configured limit'],
    ['binary in text', { title: 'x', text: 'abc\u0000def' }, undefined, 400, 'binary data'],
    ['binary file', { title: 'x' }, { name: 'x.txt', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]) }, 400, 'binary file'],
    ['invalid UTF-8 file', { title: 'x' }, { name: 'x.txt', content: Buffer.from([0x48, 0x61, 0xff, 0xfe, 0x6c]) }, 400, 'not valid UTF-8'],
    ['file too large', { title: 'x' }, { name: 'x.txt', content: 'a'.repeat(5000) }, 413, 'larger than the limit'],
    ['wrong type', { title: 'x' }, { name: 'x.pdf', content: '%PDF-1.4' }, 415, 'Only .txt, .md and .html'],
    ['text and file', { title: 'x', text: 'abc' }, { name: 'x.txt', content: 'def' }, 400, 'not both'],
  ] as const)('refuses %s with a 4xx message on the form and stores nothing', async (_name, fields, file, status, message) => {
    const before = await counts();
    const res = await upload({ ...fields }, file ? { ...file } : undefined).expect(status);
    expect(res.text).toContain(message);
    expect(res.text).toContain('<form class="form" method="post" action="/ingest"');
    expect(await counts()).toEqual(before);
  });

  it('keeps the values on a refused form, as text', async () => {
    const res = await upload({ title: '<script>alert(1)</script>', text: '   ' }).expect(400);
    expect(res.text).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
