import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/web/presenters/present-claims-csv.js';
import type { TestApp } from '../../setup/start-test-app.js';
import { createReaderTestApp, insertArticle } from './reader-fixture.js';

let testApp: TestApp;
let tankers: { articleId: number; claimIds: number[] };
const TEXT = 'Washington said Iran attacked the tankers, "with mines". Tehran rejected the accusation as "=cmd|calc" and said the attacks were false flag operations.\n\nMoscow said: +1 for Tehran, "@everyone" agrees.';

beforeAll(async () => {
  testApp = await createReaderTestApp();
  tankers = await insertArticle(testApp.db, {
    title: 'Tanker attacks, "explained"',
    text: TEXT,
    language: 'en',
    url: 'https://example.org/tankers',
    publishedAt: new Date('2019-06-14T00:00:00Z'),
    claims: [
      { text: 'Iran attacked the tankers, "with mines"', party: 'Washington', speaker: 'Washington', cue: 'said' },
      { text: 'the attacks were false flag operations', party: 'Tehran' },
      { text: '"=cmd|calc"', party: 'Tehran', kind: 'direct' },
      { text: '+1 for Tehran, "@everyone" agrees', party: 'Moscow', kind: 'direct', via: ['Reuters'] },
    ],
    relations: [[1, 'denies', 0], [3, 'supports', 1]],
  });
});
afterAll(async () => testApp?.close());

describe('JSON API', () => {
  it('lists claims with the documented shape, filters and pagination', async () => {
    const res = await request(testApp.app).get('/api/claims?party=Tehran').expect(200).expect('Content-Type', /json/);
    expect(res.body.pagination).toEqual({ page: 1, pageSize: 20, total: 2, pageCount: 1 });
    expect(res.body.claims).toHaveLength(2);
    const [first] = res.body.claims;
    expect(Object.keys(first).sort()).toEqual(
      ['id', 'href', 'articleHref', 'article', 'text', 'start', 'end', 'kind', 'cue', 'speaker', 'actor', 'party', 'via', 'confidence', 'status', 'unsourced', 'hedged', 'continues', 'disputedCount'].sort(),
    );
    expect(first.party).toEqual({ key: 'Tehran', name: 'Tehran (Iran)' });
    expect(first.article).toMatchObject({ id: tankers.articleId, language: 'en', publishedAt: '2019-06-14T00:00:00.000Z', url: 'https://example.org/tankers' });
    const moscow = await request(testApp.app).get('/api/claims?party=Moscow').expect(200);
    expect(moscow.body.claims[0].via).toEqual([{ key: 'Reuters', name: expect.any(String) }]);
    const page2 = await request(testApp.app).get('/api/claims?page=2').expect(200);
    expect(page2.body).toEqual({ claims: [], pagination: { page: 2, pageSize: 20, total: 4, pageCount: 1 } });
  });

  it('answers bad filters with a JSON 400 listing the problems', async () => {
    const res = await request(testApp.app).get('/api/claims?page=-2&language=xx').expect(400).expect('Content-Type', /json/);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toEqual(expect.arrayContaining([expect.stringMatching(/^page: /), expect.stringMatching(/^language: /)]));
  });

  it('returns one claim with its relations, and 404 for a missing one', async () => {
    const res = await request(testApp.app).get(`/api/claims/${tankers.claimIds[0]}`).expect(200);
    expect(res.body.claim.disputedCount).toBe(1);
    expect(res.body.claim.cue).toEqual({ text: 'said', start: TEXT.indexOf('said'), end: TEXT.indexOf('said') + 4 });
    expect(res.body.relations).toEqual([expect.objectContaining({ direction: 'incoming', type: 'denies', claim: expect.objectContaining({ id: tankers.claimIds[1] }) })]);
    expect((await request(testApp.app).get('/api/claims/424242').expect(404)).body.error.code).toBe('CLAIM_NOT_FOUND');
  });

  it('lists disputes with counterclaims and supporters', async () => {
    const res = await request(testApp.app).get('/api/disputes').expect(200);
    expect(res.body.pagination.total).toBe(1);
    const [dispute] = res.body.disputes;
    expect(dispute.claim.id).toBe(tankers.claimIds[0]);
    expect(dispute.counterclaims).toEqual([
      expect.objectContaining({ relation: 'denies', claim: expect.objectContaining({ id: tankers.claimIds[1] }), supporters: [expect.objectContaining({ id: tankers.claimIds[3] })] }),
    ]);
    expect((await request(testApp.app).get('/api/disputes?language=de').expect(200)).body.disputes).toEqual([]);
  });

  it('lists articles and parties; shows a party and an actor', async () => {
    const articles = await request(testApp.app).get('/api/articles?language=en').expect(200);
    expect(articles.body.articles).toEqual([expect.objectContaining({ id: tankers.articleId, href: `/articles/${tankers.articleId}`, claimCount: 4 })]);
    expect(articles.body.pagination.total).toBe(1);
    const parties = await request(testApp.app).get('/api/parties').expect(200);
    expect(parties.body.parties).toContainEqual({ key: 'Tehran', name: 'Tehran (Iran)', kind: 'government', href: '/parties/Tehran', claimCount: 2 });
    const washington = await request(testApp.app).get('/api/parties/Washington').expect(200);
    expect(washington.body.stats).toEqual({ claimCount: 1, disputedCount: 1, disputesMost: [] });
    const tehran = await request(testApp.app).get('/api/parties/Tehran').expect(200);
    expect(tehran.body.stats.disputesMost).toEqual([{ key: 'Washington', name: 'Washington (United States)', count: 1 }]);
    expect((await request(testApp.app).get('/api/parties/Atlantis').expect(404)).body.error.code).toBe('PARTY_NOT_FOUND');
    expect((await request(testApp.app).get('/api/actors/777777').expect(404)).body.error.code).toBe('ACTOR_NOT_FOUND');
  });

  it('searches claims and articles', async () => {
    const res = await request(testApp.app).get('/api/search?q=attack').expect(200);
    expect(res.body.claims.map((claim: { id: number }) => claim.id).sort()).toEqual([tankers.claimIds[0], tankers.claimIds[1]].sort());
    expect(res.body.claims[0].matches.length).toBeGreaterThan(0);
    expect(res.body.articles[0]).toMatchObject({ id: tankers.articleId });
    expect(res.body.articles[0].excerpt).not.toMatch(/[\u0001\u0002]/);
  });
});

describe('CSV export', () => {
  it('quotes cells per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+49 30')).toBe("'+49 30");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('exports the filtered claims as a CSV download', async () => {
    const res = await request(testApp.app).get('/export/claims.csv?language=en').expect(200).expect('Content-Type', /text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="claims.csv"');
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^claim_id,article_id,article_title,/);
    expect(lines).toHaveLength(6); // header, 4 claims, trailing empty
    expect(res.text).toContain(',"Tanker attacks, ""explained""",');
    // A cell that starts with a quote mark is text to a spreadsheet already.
    expect(res.text).toContain(',"""=cmd|calc""",');
    expect(res.text).toContain(`"'+1 for Tehran, ""@everyone"" agrees"`);
    expect(res.text).not.toMatch(/,=|,\+|,@/);
    const none = await request(testApp.app).get('/export/claims.csv?language=de').expect(200);
    expect(none.text.replace(/^\uFEFF/, '').split('\r\n')).toHaveLength(2);
    await request(testApp.app).get('/export/claims.csv?from=2019-13-01').expect(400);
  });
});

describe('W3C Web Annotations', () => {
  it('anchors every claim by position and quote, and the selectors agree with the text', async () => {
    for (const path of [`/api/articles/${tankers.articleId}/annotations`, `/export/articles/${tankers.articleId}/annotations.jsonld`]) {
      const res = await request(testApp.app).get(path).expect(200).expect('Content-Type', /application\/ld\+json/);
      const collection = JSON.parse(res.text);
      expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 4 });
      const items = collection.first.items;
      expect(items).toHaveLength(4);
      for (const annotation of items) {
        expect(annotation.type).toBe('Annotation');
        expect(annotation.target.source).toBe('https://example.org/tankers');
        const [position, quote] = annotation.target.selector;
        expect(position.type).toBe('TextPositionSelector');
        expect(quote.type).toBe('TextQuoteSelector');
        expect(TEXT.slice(position.start, position.end)).toBe(quote.exact);
        expect(TEXT.slice(Math.max(0, position.start - 32), position.start)).toBe(quote.prefix);
        expect(TEXT.slice(position.end, position.end + 32)).toBe(quote.suffix);
        expect(quote.prefix.length).toBeLessThanOrEqual(32);
      }
      expect(items[0].target.selector[1].prefix).toBe('Washington said ');
    }
    await request(testApp.app).get('/api/articles/999999/annotations').expect(404);
  });
});

describe('article JSON', () => {
  it('lists the parties with the ids of their claims', async () => {
    const res = await request(testApp.app).get(`/api/articles/${tankers.articleId}`).expect(200);
    const tehran = res.body.article.parties.find((party: { key: string }) => party.key === 'Tehran');
    expect(tehran).toMatchObject({ name: 'Tehran (Iran)', claimCount: 2, claimIds: [tankers.claimIds[2], tankers.claimIds[1]] }); // text order
    expect(tehran.claims).toBeUndefined();
  });
});
