import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertExtraction, storeExtraction } from '../../src/articles/store-extraction.js';
import { IN_MEMORY } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import type { ExtractedClaim, ExtractionResult } from '../../src/extract/index.js';

const text = 'Laut Reuters warnte Paris vor einer Mission. Esper sagte, Iran sei schuld. Teheran wies das zurück.';

function span(part: string) {
  const start = text.indexOf(part);
  return { text: part, start, end: start + part.length };
}

function claim(id: string, content: string, extra: Partial<ExtractedClaim>): ExtractedClaim {
  return {
    id, ...span(content), kind: 'indirect', cue: null, speaker: null, actor: null, party: 'unknown', via: [],
    confidence: 0.8, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [], ...extra,
  };
}

const extraction: ExtractionResult = {
  language: 'de',
  warnings: [],
  claims: [
    claim('c1', 'vor einer Mission', { party: 'Paris', via: ['Reuters'], speaker: span('Paris'), cue: { ...span('warnte') } }),
    claim('c2', 'Iran sei schuld', { party: 'Washington', actor: 'Mark Esper', speaker: span('Esper'), hedged: true }),
    claim('c3', 'das', { party: 'Tehran', actor: 'Nobody Known', cue: { ...span('wies das zurück'), parts: [span('wies'), span('zurück')] } }),
    claim('c4', 'Teheran', { party: 'a-new-party' }),
  ],
  relations: [
    { from: 'c3', to: 'c2', type: 'denies', cue: span('wies'), confidence: 0.7 },
    { from: 'c3', to: 'c3', type: 'denies', cue: null, confidence: 0.7 },
    { from: 'c9', to: 'c1', type: 'supports', cue: null, confidence: 0.5 },
  ],
};

let db: Database;
let articleId: number;
beforeAll(async () => {
  db = await openDatabase({ dataDir: IN_MEMORY });
  articleId = (await db.prisma.article.create({ data: { title: 't', text, contentHash: 'f'.repeat(64) } })).id;
});
afterAll(async () => db?.close());

describe('storeExtraction', () => {
  it('stores claims in order with parties, actors, relay chains, cues and relations', async () => {
    const count = await db.prisma.$transaction((tx) => storeExtraction(tx, articleId, extraction));
    expect(count).toBe(4);
    const claims = await db.prisma.claim.findMany({
      where: { articleId },
      orderBy: { ordinal: 'asc' },
      include: { party: true, actor: true, relays: { include: { party: true } }, relationsFrom: { include: { to: true } } },
    });
    expect(claims.map((row) => [row.ordinal, row.text, row.party.key, row.actor?.key ?? null])).toEqual([
      [1, 'vor einer Mission', 'Paris', null],
      [2, 'Iran sei schuld', 'Washington', 'Mark Esper'],
      [3, 'das', 'Tehran', null],
      [4, 'Teheran', 'a-new-party', null],
    ]);
    for (const row of claims) expect(text.slice(row.start, row.end)).toBe(row.text);
    // Ids follow text order (cross-article linking and the candidate search read claims in id order).
    expect(claims.map((row) => row.id)).toEqual(claims.map((row) => row.id).sort((a, b) => a - b));
    expect(claims[0]!.relays.map((relay) => [relay.position, relay.party.key])).toEqual([[0, 'Reuters']]);
    expect(claims[0]).toMatchObject({ speakerText: 'Paris', cueText: 'warnte', cueParts: null });
    expect(claims[1]!.hedged).toBe(true);
    expect(claims[2]!.cueParts).toEqual([span('wies'), span('zurück')]);
    expect(claims[3]!.party).toMatchObject({ name: 'a-new-party', kind: 'group' });
    // Self-relations and relations to unknown claims are dropped.
    expect(claims[2]!.relationsFrom.map((relation) => [relation.type, relation.to.ordinal, relation.cueText])).toEqual([['denies', 2, 'wies']]);
    expect(await db.prisma.claimRelation.count()).toBe(1);
  });

  it('returns the new claim rows and stores a repeated relation once', async () => {
    const other = (await db.prisma.article.create({ data: { title: 'u', text, contentHash: 'e'.repeat(64) } })).id;
    const twice: ExtractionResult = { ...extraction, relations: [extraction.relations[0]!, { ...extraction.relations[0]!, confidence: 0.2 }] };
    const stored = await db.prisma.$transaction((tx) => insertExtraction(tx, other, twice));
    const rows = await db.prisma.claim.findMany({ where: { articleId: other }, orderBy: { ordinal: 'asc' }, select: { id: true, ordinal: true, text: true, cueText: true, partyId: true } });
    expect(stored).toEqual(rows);
    const relations = await db.prisma.claimRelation.findMany({ where: { fromId: { in: rows.map((row) => row.id) } }, select: { toId: true, confidence: true } });
    expect(relations).toEqual([{ toId: rows[1]!.id, confidence: 0.7 }]);
  });

  it('stores nothing for an empty extraction', async () => {
    const empty: ExtractionResult = { language: null, claims: [], relations: [], warnings: ['language not supported'] };
    expect(await db.prisma.$transaction((tx) => storeExtraction(tx, articleId, empty))).toBe(0);
  });
});
