import type { ExtractionResult } from '../extract/index.js';
import type { Prisma } from '../generated/prisma/client.js';
import { DEFAULT_ACTORS, DEFAULT_PARTIES } from '../knowledge/index.js';

type Tx = Prisma.TransactionClient;

/**
 * Stores an extraction's claims, relay chains and relations for one article,
 * mapping the extractor's party and actor keys to database rows. A party key
 * with no row yet is created from the default knowledge (or as a plain group
 * named after its key); an unknown actor key is stored as no actor.
 */
export async function storeExtraction(tx: Tx, articleId: number, extraction: ExtractionResult): Promise<number> {
  const { claims, relations } = extraction;
  if (claims.length === 0) return 0;
  const partyIds = await resolvePartyIds(tx, claims.flatMap((claim) => [claim.party, ...claim.via]));
  const actorIds = await resolveActorIds(tx, claims.flatMap((claim) => (claim.actor ? [claim.actor] : [])), partyIds);
  const claimIds = new Map<string, number>();
  for (const [index, claim] of claims.entries()) {
    const row = await tx.claim.create({
      data: {
        articleId,
        ordinal: index + 1,
        text: claim.text,
        start: claim.start,
        end: claim.end,
        kind: claim.kind,
        cueText: claim.cue?.text ?? null,
        cueStart: claim.cue?.start ?? null,
        cueEnd: claim.cue?.end ?? null,
        cueParts: claim.cue?.parts ? claim.cue.parts.map(({ text, start, end }) => ({ text, start, end })) : undefined,
        speakerText: claim.speaker?.text ?? null,
        speakerStart: claim.speaker?.start ?? null,
        speakerEnd: claim.speaker?.end ?? null,
        actorId: claim.actor ? (actorIds.get(claim.actor) ?? null) : null,
        partyId: mustGet(partyIds, claim.party),
        confidence: claim.confidence,
        unsourced: claim.unsourced,
        hedged: claim.hedged,
        distanced: claim.distanced.map(({ text, start, end }) => ({ text, start, end })),
        relays: { create: claim.via.map((key, position) => ({ position, partyId: mustGet(partyIds, key) })) },
      },
      select: { id: true },
    });
    claimIds.set(claim.id, row.id);
  }
  const relationRows = relations.flatMap((relation) => {
    const fromId = claimIds.get(relation.from);
    const toId = claimIds.get(relation.to);
    if (fromId === undefined || toId === undefined || fromId === toId) return [];
    return [{
      fromId,
      toId,
      type: relation.type,
      cueText: relation.cue?.text ?? null,
      cueStart: relation.cue?.start ?? null,
      cueEnd: relation.cue?.end ?? null,
      confidence: relation.confidence,
    }];
  });
  if (relationRows.length > 0) await tx.claimRelation.createMany({ data: relationRows, skipDuplicates: true });
  return claims.length;
}

function mustGet(ids: Map<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`party ${key} was not resolved`);
  return id;
}

async function resolvePartyIds(tx: Tx, keys: string[]): Promise<Map<string, number>> {
  const wanted = [...new Set(keys)];
  const rows = await tx.party.findMany({ where: { key: { in: wanted } }, select: { id: true, key: true } });
  const ids = new Map(rows.map((row) => [row.key, row.id]));
  for (const key of wanted.filter((key) => !ids.has(key))) {
    const seed = DEFAULT_PARTIES.find((party) => party.key === key);
    const row = await tx.party.create({
      data: { key, name: seed?.name ?? key, kind: seed?.kind ?? (key === 'author' ? 'author' : 'group') },
      select: { id: true },
    });
    ids.set(key, row.id);
  }
  return ids;
}

async function resolveActorIds(tx: Tx, keys: string[], partyIds: Map<string, number>): Promise<Map<string, number>> {
  const wanted = [...new Set(keys)];
  const rows = await tx.actor.findMany({ where: { key: { in: wanted } }, select: { id: true, key: true } });
  const ids = new Map(rows.map((row) => [row.key, row.id]));
  for (const key of wanted.filter((key) => !ids.has(key))) {
    const seed = DEFAULT_ACTORS.find((actor) => actor.key === key);
    if (!seed) continue;
    const partyId = partyIds.get(seed.party) ?? (await resolvePartyIds(tx, [seed.party])).get(seed.party);
    if (partyId === undefined) continue;
    const row = await tx.actor.create({ data: { key, name: seed.name, kind: seed.kind, partyId }, select: { id: true } });
    ids.set(key, row.id);
  }
  return ids;
}
