import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertExtraction, storeExtraction } from '../../src/articles/store-extraction.js';
import { IN_MEMORY } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import { readDemoText } from '../../src/demo/demo-article.js';
import { extractClaims, type ExtractedClaim, type ExtractionResult } from '../../src/extract/index.js';

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

  it("stores a continuation's continued claim: the demo's \"Das würde dazu beitragen …\" continues the \"sagte\" claim before it", async () => {
    const demo = readDemoText();
    const demoExtraction = extractClaims(demo);
    const demoArticle = (await db.prisma.article.create({ data: { title: 'demo', text: demo, contentHash: 'd'.repeat(64) } })).id;
    await db.prisma.$transaction((tx) => storeExtraction(tx, demoArticle, demoExtraction));
    const rows = await db.prisma.claim.findMany({ where: { articleId: demoArticle }, orderBy: { ordinal: 'asc' }, include: { continues: true } });
    const continuation = rows.find((row) => row.text.startsWith('Das würde dazu beitragen'))!;
    expect(continuation).toBeDefined();
    expect(continuation.continues).toMatchObject({ articleId: demoArticle, cueText: 'sagte', ordinal: continuation.ordinal - 1 });
    expect(continuation.continues!.text).toContain('NATO-Partner');
    expect(continuation.cueText).toBe('sagte');
    // Exactly the extractor's continuations, each to the claim its id names.
    const byOrdinal = new Map(rows.map((row) => [row.ordinal, row]));
    expect(rows.filter((row) => row.continuesId !== null).map((row) => [row.ordinal, byOrdinal.get(row.ordinal)!.continues!.ordinal])).toEqual(
      demoExtraction.claims.filter((c) => c.continues).map((c) => [Number(c.id.slice(1)), Number(c.continues!.slice(1))]),
    );
    // Dropping the continued claim leaves the continuation without one (SetNull).
    await db.prisma.claim.delete({ where: { id: continuation.continuesId! } });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: continuation.id } })).continuesId).toBeNull();
  });

  it('maps a continuation of a kept claim to the kept row', async () => {
    const other = (await db.prisma.article.create({ data: { title: 'k', text, contentHash: 'c'.repeat(64) } })).id;
    const [first] = await db.prisma.$transaction((tx) => insertExtraction(tx, other, { ...extraction, claims: extraction.claims.slice(0, 1), relations: [] }));
    await db.prisma.claim.update({ where: { id: first!.id }, data: { ordinal: 100 } });
    const continued: ExtractionResult = { ...extraction, relations: [], claims: [extraction.claims[0]!, { ...extraction.claims[1]!, continues: 'c1' }, { ...extraction.claims[2]!, continues: 'c2' }] };
    await db.prisma.$transaction((tx) => storeExtraction(tx, other, continued, { keptClaimIds: new Map([['c1', first!.id]]) }));
    const rows = await db.prisma.claim.findMany({ where: { articleId: other }, orderBy: { ordinal: 'asc' }, select: { id: true, ordinal: true, continuesId: true } });
    expect(rows).toEqual([
      { id: rows[0]!.id, ordinal: 1, continuesId: first!.id },
      { id: rows[1]!.id, ordinal: 2, continuesId: rows[0]!.id },
      { id: first!.id, ordinal: 100, continuesId: null },
    ]);
  });

  it('stores nothing for an empty extraction', async () => {
    const empty: ExtractionResult = { language: null, claims: [], relations: [], warnings: ['language not supported'] };
    expect(await db.prisma.$transaction((tx) => storeExtraction(tx, articleId, empty))).toBe(0);
  });
});
