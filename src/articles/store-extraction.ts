import type { ExtractionResult } from '../extract/index.js';
import type { Prisma } from '../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

/** Options of {@link storeExtraction}. */
export interface StoreExtractionOptions {
  /**
   * Extracted claim ids ("c3") already stored as these claim rows (kept by
   * re-extraction): they are not stored again, but relations to them are.
   */
  keptClaimIds?: ReadonlyMap<string, number>;
}

/**
 * Stores an extraction's claims, relay chains and relations for one article,
 * mapping the extractor's party and actor keys to database rows. The keys
 * come from knowledge compiled from those rows, so all exist in practice;
 * should one not, a party is created named after its key (an editor can
 * rename it) and an actor is stored as no actor. Returns the number of claims created.
 */
export async function storeExtraction(tx: Tx, articleId: number, extraction: ExtractionResult, options: StoreExtractionOptions = {}): Promise<number> {
  const kept = options.keptClaimIds ?? new Map<string, number>();
  const claims = extraction.claims.filter((claim) => !kept.has(claim.id));
  const { relations } = extraction;
  if (claims.length === 0 && kept.size === 0) return 0;
  const partyIds = await resolvePartyIds(tx, claims.flatMap((claim) => [claim.party, ...claim.via]));
  const actorIds = await findActorIds(tx, claims.flatMap((claim) => (claim.actor ? [claim.actor] : [])));
  const claimIds = new Map<string, number>(kept);
  // Two statements for all claims (rows, then relay chains) rather than one round trip per claim.
  const rows = claims.length === 0 ? [] : await tx.claim.createManyAndReturn({
    data: claims.map((claim, index) => ({
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
    })),
    select: { id: true, ordinal: true },
  });
  const idByOrdinal = new Map(rows.map((row) => [row.ordinal, row.id]));
  const relayRows = claims.flatMap((claim, index) => {
    const claimId = idByOrdinal.get(index + 1)!;
    claimIds.set(claim.id, claimId);
    return claim.via.map((key, position) => ({ claimId, position, partyId: mustGet(partyIds, key) }));
  });
  if (relayRows.length > 0) await tx.claimRelay.createMany({ data: relayRows });
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
    const row = await tx.party.create({ data: { key, name: key, kind: key === 'author' ? 'author' : 'group' }, select: { id: true } });
    ids.set(key, row.id);
  }
  return ids;
}

async function findActorIds(tx: Tx, keys: string[]): Promise<Map<string, number>> {
  const rows = await tx.actor.findMany({ where: { key: { in: [...new Set(keys)] } }, select: { id: true, key: true } });
  return new Map(rows.map((row) => [row.key, row.id]));
}
