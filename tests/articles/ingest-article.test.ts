import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/articles/ingest-article.js';
import { loadDemoArticle } from '../../src/articles/load-demo-article.js';
import { IN_MEMORY } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import { readDemoText } from '../../src/demo/demo-article.js';

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: IN_MEMORY });
});
afterAll(async () => db?.close());

const maxBytes = 10_000;

describe('ingestArticle', () => {
  it('stores normalised text, its sha256, paragraph offsets and language', async () => {
    const result = await ingestArticle(db, {
      title: '  Ein Titel ',
      outlet: 'Testblatt',
      text: 'Der Minister sagte, die Lage sei ernst.\r\n\r\n\r\nDie Opposition widersprach.  \n',
      maxBytes,
    });
    expect(result.created).toBe(true);
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id: result.id } });
    expect(article.title).toBe('Ein Titel');
    expect(article.text).toBe('Der Minister sagte, die Lage sei ernst.\n\nDie Opposition widersprach.');
    expect(article.contentHash).toBe(createHash('sha256').update(article.text).digest('hex'));
    expect(article.paragraphs).toEqual([[0, 39], [41, 68]]);
    expect(article.language).toBe('de');
  });

  it('refuses a duplicate (same normalised text) by returning the existing id', async () => {
    const first = await ingestArticle(db, { title: 'A', text: 'Washington beschuldigt den Iran.', maxBytes });
    const again = await ingestArticle(db, { title: 'B', text: 'Washington beschuldigt den Iran.\n\n', maxBytes });
    expect(again).toEqual({ id: first.id, created: false, claimCount: first.claimCount });
    expect(await db.prisma.article.count({ where: { title: 'B' } })).toBe(0);
  });

  it('refuses empty and oversized texts with declared errors', async () => {
    await expect(ingestArticle(db, { title: 'Leer', text: ' \n\n ', maxBytes })).rejects.toMatchObject({ code: 'ARTICLE_EMPTY', status: 400 });
    await expect(ingestArticle(db, { title: 'Groß', text: 'ä'.repeat(6000), maxBytes })).rejects.toMatchObject({
      code: 'ARTICLE_TOO_LARGE',
      status: 413,
      details: ['text: 12000 bytes, limit 10000'],
    });
  });
});

describe('loadDemoArticle', () => {
  it('loads the demo once, with claims anchored at their offsets', async () => {
    const fresh = await openDatabase({ dataDir: IN_MEMORY });
    try {
      const loaded = await loadDemoArticle(fresh, { maxBytes: 1_000_000 });
      expect(loaded?.created).toBe(true);
      expect(await loadDemoArticle(fresh, { maxBytes: 1_000_000 })).toBeNull();
      const article = await fresh.prisma.article.findUniqueOrThrow({ where: { id: loaded!.id }, include: { claims: true } });
      expect(article.text).toBe(readDemoText().trim());
      expect(article.language).toBe('de');
      for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
    } finally {
      await fresh.close();
    }
  });
});
