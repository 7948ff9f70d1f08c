import { describe, expect, it } from 'vitest';
import type { ArticleWithClaims } from '../../../src/articles/get-article.js';
import { splitParagraphs } from '../../../src/articles/split-paragraphs.js';
import { presentArticle } from '../../../src/web/presenters/present-article.js';
import { presentPartyTone } from '../../../src/web/presenters/present-party-tone.js';

const text = [
  'Frankreich wies dieses Ansinnen laut einem Reuters-Bericht zurück.',
  'Nach Angriffen auf Öltanker',
  'Washington beschuldigt den Iran. Teheran wies die Anschuldigungen zurück.',
].join('\n\n');

type ClaimRow = ArticleWithClaims['claims'][number];
const parties = {
  Paris: { id: 1, key: 'Paris', name: 'Paris', kind: 'government' },
  Washington: { id: 2, key: 'Washington', name: 'Washington', kind: 'government' },
  Tehran: { id: 3, key: 'Tehran', name: 'Tehran (Iran)', kind: 'government' },
  Reuters: { id: 4, key: 'Reuters', name: 'Reuters', kind: 'agency' },
  author: { id: 5, key: 'author', name: 'Author', kind: 'author' },
  /** Shares Paris's colour (8 % 7 = 1). */
  Moscow: { id: 8, key: 'Moscow', name: 'Moscow', kind: 'government' },
} as const;

let nextId = 1;
function claim(content: string, party: keyof typeof parties, extra: Partial<ClaimRow> = {}): ClaimRow {
  const start = text.indexOf(content);
  const id = nextId++;
  return {
    id, articleId: 1, ordinal: id, text: content, start, end: start + content.length, kind: 'indirect',
    cueText: null, cueStart: null, cueEnd: null, cueParts: null, speakerText: null, speakerStart: null, speakerEnd: null,
    actorId: null, actor: null, partyId: parties[party].id, party: { key: parties[party].key, name: parties[party].name, kind: parties[party].kind }, relays: [], relationsTo: [], relationsFrom: [], confidence: 0.9,
    unsourced: false, hedged: false, distanced: [], status: 'machine', version: 1, reviewedById: null, reviewedAt: null, clusterId: null, continuesId: null,
    createdAt: new Date(0), updatedAt: new Date(0), ...extra,
  };
}

function article(claims: ClaimRow[], paragraphs: unknown = splitParagraphs(text)): ArticleWithClaims {
  return {
    id: 7, title: 'Titel', outlet: 'Blatt', url: null, language: 'de', publishedAt: new Date('2019-06-28T00:00:00Z'), text,
    contentHash: '0'.repeat(64), paragraphs: paragraphs as ArticleWithClaims['paragraphs'], extractionVersion: null, extractedAt: null,
    warnings: [], createdById: null, createdAt: new Date(0), updatedAt: new Date(0), claims,
  };
}

describe('presentArticle', () => {
  const paris = claim('dieses Ansinnen', 'Paris', {
    speakerText: 'Frankreich',
    relays: [{ claimId: 1, position: 0, partyId: 4, party: { key: 'Reuters', name: 'Reuters' } }],
  });
  const washington = claim('Washington beschuldigt den Iran.', 'Washington', { kind: 'author', hedged: true });
  const tehran = claim('die Anschuldigungen', 'Tehran', { status: 'confirmed' });
  const view = presentArticle(article([paris, washington, tehran]));

  it('shows the byline and marks a short unpunctuated line as a subheading', () => {
    expect(view).toMatchObject({ title: 'Titel', outlet: 'Blatt', languageLabel: 'German', date: { iso: '2019-06-28', label: '28 June 2019' } });
    expect(view.paragraphs.map((paragraph) => paragraph.tag)).toEqual(['p', 'h2', 'p']);
  });

  it('highlights each claim exactly at its offsets with its party', () => {
    for (const paragraph of view.paragraphs) {
      // The text inside each claim's element is exactly the claim's words.
      const inside = new Map<number, string>();
      const open: number[] = [];
      let all = '';
      for (const token of paragraph.tokens) {
        if (token.kind === 'open-claim') open.push(token.claim.id);
        if (token.kind === 'close-claim') open.pop();
        if (token.kind !== 'text') continue;
        all += token.text;
        for (const id of open) inside.set(id, (inside.get(id) ?? '') + token.text);
      }
      expect(text).toContain(all);
      for (const [id, words] of inside) expect(words).toBe([paris, washington, tehran].find((row) => row.id === id)?.text);
    }
    const first = view.paragraphs[0]!.tokens;
    expect(first.map((token) => (token.kind === 'text' ? token.text : '')).join('')).toBe(text.split('\n\n')[0]);
    expect(first[1]).toMatchObject({ kind: 'open-claim', first: true, claim: { id: paris.id, tone: 'tone-1', label: 'Paris' } });
    expect(first[2]).toEqual({ kind: 'text', text: 'dieses Ansinnen' });
    expect(first[3]).toMatchObject({ kind: 'close-claim', first: true });
  });

  it('marks speakers and cues, and says in the tooltip who disputes a claim', () => {
    const speaker = claim('Frankreich wies dieses Ansinnen laut einem Reuters-Bericht zurück.', 'Paris');
    const inner = { ...paris, speakerText: 'Frankreich', speakerStart: 0, speakerEnd: 10, cueText: 'wies', cueStart: 11, cueEnd: 15,
      relationsTo: [{ type: 'denies' as const, from: { id: tehran.id, party: { name: 'Tehran (Iran)' } } }] };
    const marked = presentArticle(article([speaker, inner]));
    const tokens = marked.paragraphs[0]!.tokens;
    const rendered = tokens.map((token) =>
      token.kind === 'text' ? token.text : token.kind === 'open-role' ? `<${token.role}>` : token.kind === 'close-role' ? '</>' : token.kind === 'open-claim' ? `[${token.claim.id}:` : ']',
    ).join('');
    expect(rendered).toBe(`[${speaker.id}:<speaker>Frankreich</> <cue>wies</> [${paris.id}:dieses Ansinnen] laut einem Reuters-Bericht zurück.]`);
    const mark = tokens.find((token) => token.kind === 'open-claim' && token.claim.id === paris.id);
    expect(mark).toMatchObject({ claim: { tip: { disputed: 'Tehran (Iran) denies it', chain: 'Blatt ← Reuters ← Paris', speaker: 'Frankreich', cue: 'wies' } } });
    expect(marked.claims.find((row) => row.id === paris.id)?.disputedLabel).toBe('Tehran (Iran) denies it');
  });

  it('gives parties distinct tones in order of appearance and lists them with counts', () => {
    expect(view.parties.map(({ claims, ...party }) => ({ ...party, claims: claims.map((row) => row.id) }))).toEqual([
      { key: 'Paris', name: 'Paris', tone: 'tone-1', claimCount: 1, href: '/parties/Paris', claims: [paris.id] },
      { key: 'Washington', name: 'Washington', tone: 'tone-2', claimCount: 1, href: '/parties/Washington', claims: [washington.id] },
      { key: 'Tehran', name: 'Tehran (Iran)', tone: 'tone-3', claimCount: 1, href: '/parties/Tehran', claims: [tehran.id] },
    ]);
    expect(view.claims.map((row) => [row.kindLabel, row.flags, row.via, row.speaker, row.href])).toEqual([
      ['Indirect speech', [], 'Reuters', 'Frankreich', `/claims/${paris.id}`],
      ["Author's voice", ['hedged'], null, null, `/claims/${washington.id}`],
      ['Indirect speech', ['confirmed'], null, null, `/claims/${tehran.id}`],
    ]);
  });

  it("labels highlights with the short party name and keeps the author's voice uncoloured", () => {
    expect(view.claims.map((row) => row.partyLabel)).toEqual(['Paris', 'Washington', 'Tehran']);
    const own = presentArticle(article([claim('Teheran wies', 'author'), claim('Washington beschuldigt', 'Washington')]));
    expect(own.claims.map((row) => row.tone)).toEqual(['tone-author', 'tone-2']);
  });

  it('gives each party the colour it has on every other page, and a party sharing a colour in this article the next free one', () => {
    const rows = [claim('Frankreich wies', 'Paris'), claim('Washington beschuldigt', 'Washington'), claim('Teheran wies', 'Moscow')];
    expect(presentArticle(article(rows)).claims.map((row) => [row.partyKey, row.tone])).toEqual([
      ['Paris', presentPartyTone({ id: 1, key: 'Paris', kind: 'government' })],
      ['Washington', presentPartyTone({ id: 2, key: 'Washington', kind: 'government' })],
      ['Moscow', 'tone-3'],
    ]);
    expect(presentArticle(article([claim('Teheran wies', 'Moscow')])).claims[0]!.tone).toBe('tone-1');
  });

  it('recomputes paragraphs when the stored offsets are unusable', () => {
    expect(presentArticle(article([], 'not a list')).paragraphs).toHaveLength(3);
    expect(presentArticle(article([], [[0, 10_000]])).paragraphs).toHaveLength(3);
  });

  it('explains an empty claim list', () => {
    expect(presentArticle(article([])).claimsNote).toBe('No claims were found in this article.');
    expect(presentArticle({ ...article([]), language: null }).claimsNote).toBe('Claims are found in German and English articles only.');
  });
});
