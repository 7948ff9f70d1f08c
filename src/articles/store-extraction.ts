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

/** A claim row just stored, with what cross-article linking compares. */
export interface StoredClaim { id: number; ordinal: number; text: string; cueText: string | null; partyId: number }

/**
 * Stores an extraction's claims, relay chains and relations for one article,
 * mapping the extractor's party and actor keys to database rows. The keys
 * come from knowledge compiled from those rows, so all exist in practice;
 * should one not, a party is created named after its key (an editor can
 * rename it) and an actor is stored as no actor. Returns the number of claims created.
 */
export async function storeExtraction(tx: Tx, articleId: number, extraction: ExtractionResult, options: StoreExtractionOptions = {}): Promise<number> {
  return (await insertExtraction(tx, articleId, extraction, options)).length;
}

/**
 * {@link storeExtraction} returning the new claim rows (in ordinal order).
 * One statement whatever the number of claims: missing parties, claims,
 * relay chains and relations are inserted together from column arrays
 * (data-modifying CTEs), parties and actors joined by key in SQL.
 */
export async function insertExtraction(tx: Tx, articleId: number, extraction: ExtractionResult, options: StoreExtractionOptions = {}): Promise<StoredClaim[]> {
  const kept = options.keptClaimIds ?? new Map<string, number>();
  const claims = extraction.claims.filter((claim) => !kept.has(claim.id));
  if (claims.length === 0 && kept.size === 0) return [];
  // A relation end is a new claim (by ordinal) or a kept claim (by id).
  const ordinals = new Map(claims.map((claim, index) => [claim.id, index + 1]));
  const end = (id: string): { ordinal: number | null; id: number | null } | null => {
    const ordinal = ordinals.get(id);
    if (ordinal !== undefined) return { ordinal, id: null };
    const keptId = kept.get(id);
    return keptId === undefined ? null : { ordinal: null, id: keptId };
  };
  const relations = extraction.relations.flatMap((relation) => {
    const from = end(relation.from);
    const to = end(relation.to);
    if (!from || !to || (from.ordinal ?? -from.id!) === (to.ordinal ?? -to.id!)) return [];
    return [{ relation, from, to }];
  });
  const relays = claims.flatMap((claim, index) => claim.via.map((key, position) => ({ ordinal: index + 1, position, key })));
  const partyKeys = [...new Set(claims.flatMap((claim) => [claim.party, ...claim.via]))];
  const json = (spans: Array<{ text: string; start: number; end: number }>): string => JSON.stringify(spans.map(({ text, start, end }) => ({ text, start, end })));

  // Row order is insertion order: claim ids ascend with ordinals, relation ids follow the extraction's order.
  const rows = await tx.$queryRaw<Array<{ id: number; ordinal: number; party_id: number }>>`
    WITH wanted AS (SELECT DISTINCT unnest(${partyKeys}::text[]) AS key),
    created AS (
      INSERT INTO parties (key, name, kind, updated_at)
      SELECT w.key, w.key, (CASE WHEN w.key = 'author' THEN 'author' ELSE 'group' END)::party_kind, now()
      FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM parties p WHERE p.key = w.key)
      ON CONFLICT (key) DO NOTHING
      RETURNING id, key
    ),
    party AS (SELECT p.id, p.key FROM parties p JOIN wanted w ON w.key = p.key UNION ALL SELECT id, key FROM created),
    claim AS (
      INSERT INTO claims (article_id, ordinal, text, start, "end", kind, cue_text, cue_start, cue_end, cue_parts,
                          speaker_text, speaker_start, speaker_end, actor_id, party_id, confidence, unsourced, hedged, distanced, updated_at)
      SELECT ${articleId}, x.ordinal, x.text, x.start, x."end", x.kind::claim_kind, x.cue_text, x.cue_start, x.cue_end, x.cue_parts::jsonb,
             x.speaker_text, x.speaker_start, x.speaker_end, (SELECT a.id FROM actors a WHERE a.key = x.actor),
             (SELECT p.id FROM party p WHERE p.key = x.party), x.confidence, x.unsourced, x.hedged, x.distanced::jsonb, now()
      FROM unnest(
        ${claims.map((_, index) => index + 1)}::int[], ${claims.map((c) => c.text)}::text[], ${claims.map((c) => c.start)}::int[], ${claims.map((c) => c.end)}::int[],
        ${claims.map((c) => c.kind)}::text[], ${claims.map((c) => c.cue?.text ?? null)}::text[], ${claims.map((c) => c.cue?.start ?? null)}::int[],
        ${claims.map((c) => c.cue?.end ?? null)}::int[], ${claims.map((c) => (c.cue?.parts ? json(c.cue.parts) : null))}::text[],
        ${claims.map((c) => c.speaker?.text ?? null)}::text[], ${claims.map((c) => c.speaker?.start ?? null)}::int[], ${claims.map((c) => c.speaker?.end ?? null)}::int[],
        ${claims.map((c) => c.actor)}::text[], ${claims.map((c) => c.party)}::text[], ${claims.map((c) => c.confidence)}::float8[],
        ${claims.map((c) => c.unsourced)}::boolean[], ${claims.map((c) => c.hedged)}::boolean[], ${claims.map((c) => json(c.distanced))}::text[]
      ) AS x(ordinal, text, start, "end", kind, cue_text, cue_start, cue_end, cue_parts, speaker_text, speaker_start, speaker_end,
             actor, party, confidence, unsourced, hedged, distanced)
      ORDER BY x.ordinal
      RETURNING id, ordinal, party_id
    ),
    relay AS (
      INSERT INTO claim_relays (claim_id, position, party_id)
      SELECT c.id, r.position, (SELECT p.id FROM party p WHERE p.key = r.key)
      FROM unnest(${relays.map((r) => r.ordinal)}::int[], ${relays.map((r) => r.position)}::int[], ${relays.map((r) => r.key)}::text[]) AS r(ordinal, position, key)
      JOIN claim c ON c.ordinal = r.ordinal
    ),
    relation AS (
      INSERT INTO claim_relations (from_id, to_id, type, cue_text, cue_start, cue_end, confidence, updated_at)
      SELECT coalesce(f.id, x.from_id), coalesce(t.id, x.to_id), x.type::relation_type, x.cue_text, x.cue_start, x.cue_end, x.confidence, now()
      FROM unnest(
        ${relations.map((r) => r.from.ordinal)}::int[], ${relations.map((r) => r.from.id)}::int[], ${relations.map((r) => r.to.ordinal)}::int[], ${relations.map((r) => r.to.id)}::int[],
        ${relations.map((r) => r.relation.type)}::text[], ${relations.map((r) => r.relation.cue?.text ?? null)}::text[],
        ${relations.map((r) => r.relation.cue?.start ?? null)}::int[], ${relations.map((r) => r.relation.cue?.end ?? null)}::int[],
        ${relations.map((r) => r.relation.confidence)}::float8[]
      ) WITH ORDINALITY AS x(from_ordinal, from_id, to_ordinal, to_id, type, cue_text, cue_start, cue_end, confidence, n)
      LEFT JOIN claim f ON f.ordinal = x.from_ordinal
      LEFT JOIN claim t ON t.ordinal = x.to_ordinal
      ORDER BY x.n
      ON CONFLICT (from_id, to_id, type) DO NOTHING
    )
    SELECT id, ordinal, party_id FROM claim ORDER BY ordinal`;
  return rows.map((row) => {
    const claim = claims[row.ordinal - 1]!;
    return { id: row.id, ordinal: row.ordinal, text: claim.text, cueText: claim.cue?.text ?? null, partyId: row.party_id };
  });
}
