import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../setup/start-test-app.js';
import { createReaderTestApp, insertArticle } from './reader-fixture.js';

let testApp: TestApp;
let drone: { articleId: number; claimIds: number[] };
let other: { articleId: number; claimIds: number[] };

const DRONE_TEXT = [
  'Die US-Regierung erklärte, die Drohne sei über internationalen Gewässern abgeschossen worden.',
  'Teheran bestritt das. Nach Angaben aus Moskau: die Drohne sei in iranisches Hoheitsgebiet eingedrungen.',
  'Russland stellte sich damit hinter den Iran. Das war ein Fehler </script><b>fett</b>.',
].join('\n\n');

beforeAll(async () => {
  testApp = await createReaderTestApp();
  drone = await insertArticle(testApp.db, {
    title: 'Streit um die Drohne',
    text: DRONE_TEXT,
    url: 'https://example.org/drohne',
    publishedAt: new Date('2024-06-20T00:00:00Z'),
    claims: [
      { text: 'die Drohne sei über internationalen Gewässern abgeschossen worden', party: 'Washington', speaker: 'Die US-Regierung', cue: 'erklärte', kind: 'indirect' },
      { text: 'Teheran bestritt das', party: 'Tehran', kind: 'reported' },
      { text: 'die Drohne sei in iranisches Hoheitsgebiet eingedrungen', party: 'Moscow', actor: 'Sergey Lavrov', kind: 'indirect', via: ['Reuters'] },
      { text: 'Russland stellte sich damit hinter den Iran', party: 'Moscow', kind: 'reported' },
      { text: 'Das war ein Fehler </script><b>fett</b>', party: 'author', kind: 'author', unsourced: true },
    ],
    relations: [
      [1, 'denies', 0],
      [2, 'contradicts', 0],
      [3, 'supports', 2],
    ],
  });
  other = await insertArticle(testApp.db, {
    title: 'Tanker attacks',
    text: 'Washington said Iran attacked the tankers. Tehran rejected the accusation as "=cmd|calc" and said the attacks were false flag operations.',
    language: 'en',
    publishedAt: new Date('2019-06-14T00:00:00Z'),
    claims: [
      { text: 'Iran attacked the tankers', party: 'Washington', kind: 'indirect' },
      { text: 'the attacks were false flag operations', party: 'Tehran', kind: 'indirect' },
      { text: '"=cmd|calc"', party: 'Tehran', kind: 'direct' },
    ],
    relations: [[1, 'denies', 0]],
  });
});
afterAll(async () => testApp?.close());

describe('front page: disputes', () => {
  it('shows each disputed claim beside its counterclaims, linking to the sentences', async () => {
    const res = await request(testApp.app).get('/').expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain('2 disputed claims');
    const disputes = res.text.split('<li class="dispute">').slice(1);
    expect(disputes).toHaveLength(2);
    // Newest article first: the drone dispute (2024) before the tankers (2019).
    const [first] = disputes as [string];
    const [claimSide, counterSide] = first.split('dispute__side--counter') as [string, string];
    expect(claimSide).toContain('die Drohne sei über internationalen Gewässern abgeschossen worden');
    expect(claimSide).toContain('>Washington (United States)</a>');
    expect(counterSide).toContain('Teheran bestritt das');
    expect(counterSide).toContain('>denies</span>');
    expect(counterSide).toContain('>contradicts</span>');
    expect(counterSide).toContain('Russland stellte sich damit hinter den Iran'); // supports a counterclaim
    expect(counterSide).toContain(`href="/articles/${drone.articleId}#claim-${drone.claimIds[1]}"`);
    expect(claimSide).toContain(`href="/claims/${drone.claimIds[0]}"`);
  });

  it('filters by party, language, article and date', async () => {
    const tehran = await request(testApp.app).get('/?party=Tehran').expect(200);
    expect(tehran.text).toContain('2 disputed claims');
    const moscow = await request(testApp.app).get('/?party=Moscow').expect(200);
    expect(moscow.text).toContain('1 disputed claim');
    expect(moscow.text).not.toContain('Iran attacked the tankers');
    const english = await request(testApp.app).get('/?language=en').expect(200);
    expect(english.text).toContain('Iran attacked the tankers');
    expect(english.text).not.toContain('internationalen Gewässern');
    const byArticle = await request(testApp.app).get(`/?article=${drone.articleId}`).expect(200);
    expect(byArticle.text).toContain('1 disputed claim');
    const dated = await request(testApp.app).get('/?from=2019-01-01&to=2019-12-31').expect(200);
    expect(dated.text).toContain('Iran attacked the tankers');
    expect(dated.text).not.toContain('internationalen Gewässern');
    const none = await request(testApp.app).get('/?party=Nobody').expect(200);
    expect(none.text).toContain('No disputes match these filters');
    // A submitted form with empty fields is valid.
    await request(testApp.app).get('/?party=&article=&language=&from=&to=').expect(200);
  });

  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=99999999999', 'page'],
    ['language=fr', 'language'],
    ['from=2024-02-30', 'from'],
    ['from=yesterday', 'from'],
    ['from=2024-05-01&to=2024-01-01', 'from'],
    ['article=-1', 'article'],
    ['article=1e5', 'article'],
    ['party=a&party=b', 'party'],
    [`party=${'x'.repeat(101)}`, 'party'],
  ])('answers /?%s with a 400 page naming the problem', async (query, field) => {
    const res = await request(testApp.app).get(`/?${query}`).expect(400).expect('Content-Type', /html/);
    expect(res.text).toContain('The filters in the address are not valid.');
    expect(res.text).toContain(`<li>${field}: `);
  });

  it('paginates 20 disputes a page', async () => {
    const claims = Array.from({ length: 23 }, (_, i) => ({ text: `Behauptung Nummer ${i + 100} ist wahr`, party: 'Washington' }));
    const text = claims.map((claim) => `${claim.text}. Das stimmt nicht ${claim.text.slice(-10)}.`).join('\n\n');
    const counters = claims.map((claim) => ({ text: `Das stimmt nicht ${claim.text.slice(-10)}`, party: 'Tehran' }));
    const counterText = counters.map((claim) => claim.text);
    expect(new Set(counterText).size).toBeLessThan(23); // texts repeat; claims anchor at first occurrence, fine for paging
    const many = await insertArticle(testApp.db, {
      title: 'Viele Behauptungen',
      text,
      language: 'de',
      publishedAt: new Date('2025-01-01T00:00:00Z'),
      claims: [...claims, { text: 'Das stimmt nicht', party: 'Tehran' }],
      relations: claims.map((_, i) => [23, 'denies', i] as [number, 'denies', number]),
    });
    const one = await request(testApp.app).get(`/?article=${many.articleId}`).expect(200);
    expect(one.text).toContain('23 disputed claims');
    expect(one.text.split('<li class="dispute">')).toHaveLength(21);
    expect(one.text).toContain('Page 1 of 2');
    expect(one.text).toContain(`href="/?article=${many.articleId}&amp;page=2"`);
    const two = await request(testApp.app).get(`/?article=${many.articleId}&page=2`).expect(200);
    expect(two.text.split('<li class="dispute">')).toHaveLength(4);
    expect(two.text).toContain('rel="prev"');
    const past = await request(testApp.app).get(`/?article=${many.articleId}&page=9`).expect(200);
    expect(past.text.split('<li class="dispute">')).toHaveLength(1);
    await testApp.db.prisma.article.delete({ where: { id: many.articleId } });
  });
});

describe('articles list', () => {
  it('moved to /articles, with filters', async () => {
    const res = await request(testApp.app).get('/articles').expect(200);
    expect(res.text).toContain(`href="/articles/${drone.articleId}"`);
    expect(res.text).toContain(`href="/articles/${other.articleId}"`);
    const english = await request(testApp.app).get('/articles?language=en').expect(200);
    expect(english.text).not.toContain(`href="/articles/${drone.articleId}"`);
    await request(testApp.app).get('/articles?from=nonsense').expect(400);
  });
});

describe('claim page', () => {
  it('shows the claim in its paragraph with attribution, relations and history', async () => {
    const id = drone.claimIds[0] as number;
    await testApp.db.prisma.auditEntry.create({
      data: { entityType: 'claim', entityId: String(id), action: 'update', before: { kind: 'direct', version: 1 }, after: { kind: 'indirect', version: 2 } },
    });
    const res = await request(testApp.app).get(`/claims/${id}`).expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain('<mark class="claim');
    expect(res.text).toMatch(/<mark class="claim [^"]*">die Drohne sei über internationalen Gewässern abgeschossen worden<\/mark>/);
    expect(res.text).toContain('<span class="speaker">Die US-Regierung</span>');
    expect(res.text).toContain('<span class="cue">erklärte</span>');
    expect(res.text).toContain('Teheran bestritt das');
    expect(res.text).toContain('denies this claim');
    expect(res.text).toContain('contradicts this claim');
    expect(res.text).toContain('<th scope="row">kind</th><td>direct</td><td>indirect</td>');
    expect(res.text).not.toContain('<th scope="row">version</th>');
  });

  it('renders the relay chain article ← relay ← party', async () => {
    const res = await request(testApp.app).get(`/claims/${drone.claimIds[2]}`).expect(200);
    expect(res.text).toContain('Article ← Reuters ← Moscow (Russia)');
    expect(res.text).toContain('this claim contradicts');
    expect(res.text).toContain('supports this claim');
  });

  it('carries schema.org Claim JSON-LD that cannot break out of its script element', async () => {
    const res = await request(testApp.app).get(`/claims/${drone.claimIds[4]}`).expect(200);
    const scripts = [...res.text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(res.text).not.toContain('</script><b>');
    const data = JSON.parse((scripts[0] as RegExpMatchArray)[1] as string);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      text: 'Das war ein Fehler </script><b>fett</b>',
      author: { '@type': 'Organization', name: 'The article (author)' },
      appearance: { '@type': 'NewsArticle', headline: 'Streit um die Drohne' },
      firstAppearance: { '@type': 'NewsArticle', url: 'https://example.org/drohne' },
    });
    expect(data.appearance.url).toBe('https://example.org/drohne');
    expect(data.appearance.sameAs).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/articles/${drone.articleId}#claim-${drone.claimIds[4]}$`));
    const lavrov = await request(testApp.app).get(`/claims/${drone.claimIds[2]}`).expect(200);
    const person = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(lavrov.text)?.[1] ?? 'null');
    expect(person.author).toMatchObject({ '@type': 'Person', name: 'Sergey Lavrov', affiliation: { name: 'Moscow (Russia)' } });
  });

  it('escapes the text of the claim a continuation continues', async () => {
    const [id, markup] = [other.claimIds[1] as number, drone.claimIds[4] as number];
    await testApp.db.prisma.claim.update({ where: { id }, data: { continuesId: markup } });
    try {
      const res = await request(testApp.app).get(`/claims/${id}`).expect(200);
      expect(res.text).toContain(`<dt>Continues</dt><dd lang="en"><a href="/claims/${markup}">“Das war ein Fehler &lt;/script&gt;&lt;b&gt;fett&lt;/b&gt;”</a></dd>`);
      expect(res.text).not.toContain('<b>fett</b>');
    } finally {
      await testApp.db.prisma.claim.update({ where: { id }, data: { continuesId: null } });
    }
  });

  it.each(['999999', 'abc', '0', '99999999999'])('answers /claims/%s with 404', async (id) => {
    const res = await request(testApp.app).get(`/claims/${id}`).expect(404);
    expect(res.text).toContain('This claim does not exist.');
  });
});

describe('party and actor pages', () => {
  it('lists the parties with claim counts', async () => {
    const res = await request(testApp.app).get('/parties').expect(200);
    expect(res.text).toContain('href="/parties/Tehran"');
    expect(res.text).toContain('href="/parties/Moscow"');
  });

  it('shows a party: its claims, the share disputed, whom it disputes', async () => {
    const res = await request(testApp.app).get('/parties/Washington').expect(200);
    expect(res.text).toContain('2 of 2 disputed (100 %)');
    expect(res.text).toContain('disputed by 2 claims');
    const tehran = await request(testApp.app).get('/parties/Tehran').expect(200);
    expect(tehran.text).toContain('0 of 3 disputed (0 %)');
    expect(tehran.text).toMatch(/<a href="\/parties\/Washington">Washington \(United States\)<\/a> <span class="muted">2 times<\/span>/);
    await request(testApp.app).get('/parties/Nobody').expect(404);
    await request(testApp.app).get('/parties/Tehran?page=0').expect(400);
  });

  it('shows an actor', async () => {
    const actor = await testApp.db.prisma.actor.findUniqueOrThrow({ where: { key: 'Sergey Lavrov' } });
    const res = await request(testApp.app).get(`/actors/${actor.id}`).expect(200);
    expect(res.text).toContain('<h1 class="page-title">Sergey Lavrov</h1>');
    expect(res.text).toContain('die Drohne sei in iranisches Hoheitsgebiet eingedrungen');
    expect(res.text).toMatch(/Washington \(United States\)<\/a> <span class="muted">1 time<\/span>/);
    const json = await request(testApp.app).get(`/api/actors/${actor.id}`).expect(200);
    expect(json.body).toMatchObject({
      actor: { id: actor.id, key: 'Sergey Lavrov', party: { key: 'Moscow' } },
      stats: { claimCount: 1, disputedCount: 0, disputesMost: [{ key: 'Washington', count: 1 }] },
      pagination: { page: 1, total: 1 },
    });
    expect(json.body.claims[0].via).toEqual([{ key: 'Reuters', name: expect.any(String) }]);
    await request(testApp.app).get('/actors/99999').expect(404);
    await request(testApp.app).get('/actors/x').expect(404);
  });
});

describe('search', () => {
  it('finds claims and articles by stemmed words and marks the matches safely', async () => {
    const res = await request(testApp.app).get('/search?q=Drohnen').expect(200);
    expect(res.text).toContain('2 claims');
    expect(res.text).toContain('<mark class="match">Drohne</mark>');
    expect(res.text).toContain('1 article');
    const english = await request(testApp.app).get('/search?q=attack').expect(200);
    expect(english.text).toContain('<mark class="match">attacked</mark>');
    const markup = await request(testApp.app).get('/search?q=fett').expect(200);
    expect(markup.text).toContain('&lt;/script&gt;&lt;b&gt;<mark class="match">fett</mark>');
    expect(markup.text).not.toContain('<b>fett');
  });

  it('combines search with filters and validates the query', async () => {
    const res = await request(testApp.app).get('/search?q=Drohne&party=Moscow').expect(200);
    expect(res.text).toContain('1 claim');
    await request(testApp.app).get('/search').expect(200);
    expect((await request(testApp.app).get('/api/search').expect(200)).body).toMatchObject({ q: '', claims: [], articles: [] });
    expect((await request(testApp.app).get('/api/search?q=Drohne&party=Moscow').expect(200)).body.claims).toHaveLength(1);
    await request(testApp.app).get(`/search?q=${'a'.repeat(201)}`).expect(400);
    const both = await request(testApp.app).get(`/search?q=${'a'.repeat(201)}&language=xx`).expect(400);
    expect(both.text).toContain('<li>q: ');
    expect(both.text).toContain('<li>language: ');
    await request(testApp.app).get('/search?q=%22unclosed%20(%20%26%20!').expect(200);
  });
});

describe('editor review status', () => {
  it('leaves rejected claims out of the disputes and marks them in lists', async () => {
    const rejected = await insertArticle(testApp.db, {
      title: 'Abgelehnt',
      text: 'Paris sagte, der Himmel sei grün. Berlin bestritt das sofort.',
      publishedAt: new Date('2030-01-01T00:00:00Z'),
      claims: [
        { text: 'der Himmel sei grün', party: 'Paris' },
        { text: 'Berlin bestritt das sofort', party: 'Berlin' },
      ],
      relations: [[1, 'denies', 0]],
    });
    expect((await request(testApp.app).get(`/?article=${rejected.articleId}`).expect(200)).text).toContain('1 disputed claim');
    await testApp.db.prisma.claim.update({ where: { id: rejected.claimIds[1] }, data: { status: 'rejected' } });
    expect((await request(testApp.app).get(`/?article=${rejected.articleId}`).expect(200)).text).toContain('0 disputed claims');
    const berlin = await request(testApp.app).get('/parties/Berlin').expect(200);
    expect(berlin.text).toContain('<span class="flag flag--rejected">rejected</span>');
    await testApp.db.prisma.article.delete({ where: { id: rejected.articleId } });
  });
});
