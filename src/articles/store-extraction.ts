import type { ExtractedClaim, ExtractedRelation, ExtractionResult } from '../extract/index.js';
import { Prisma } from '../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

/** Options of {@link storeExtraction}. */
export interface StoreExtractionOptions {
  /**
   * Extracted claim ids ("c3") already stored as these claim rows (kept by
   * re-extraction): they are not stored again, but relations to them are,
   * and a new continuation of one continues the kept row.
   */
  keptClaimIds?: ReadonlyMap<string, number>;
}

/** A claim row just stored, with what cross-article linking compares. */
export interface StoredClaim { id: number; ordinal: number; text: string; cueText: string | null; partyId: number }

/**
 * Stores an extraction's claims, relay chains and relations for one article,
 * mapping the extractor's party and actor keys to database rows and its
 * claim ids (relation ends, a continuation's `continues`) to claim rows. The keys
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
 * (data-modifying CTEs), parties and actors joined by key in SQL. Claim ids
 * are drawn from the sequence first, so a continuation's `continues_id` can
 * name a claim inserted by the same statement.
 */
export async function insertExtraction(tx: Tx, articleId: number, extraction: ExtractionResult, options: StoreExtractionOptions = {}): Promise<StoredClaim[]> {
  const plan = planExtraction(extraction, options);
  if (!plan) return [];
  const rows = await tx.$queryRaw<ClaimRow[]>`WITH ${extractionCtes(Prisma.sql`${articleId}::int`, plan)} SELECT id, ordinal, party_id FROM claim ORDER BY ordinal`;
  return storedClaims(rows, plan);
}

/** An article row to insert (`paragraphs` and `warnings` as JSON text). */
export interface NewArticle {
  title: string; outlet: string | null; url: string | null; publishedAt: Date | null; language: string | null;
  text: string; contentHash: string; paragraphs: string; warnings: string; extractedAt: Date; createdById: number | null;
}

/**
 * Inserts an article row and its extraction in one statement (the article's
 * INSERT is one more CTE): returns the new article id and claims.
 */
export async function insertArticleWithExtraction(tx: Tx, article: NewArticle, extraction: ExtractionResult): Promise<{ id: number; claims: StoredClaim[] }> {
  const plan = planExtraction(extraction, {});
  const insert = Prisma.sql`INSERT INTO articles (title, outlet, url, published_at, language, text, content_hash, paragraphs, warnings, extracted_at, created_by_id, updated_at)
    VALUES (${article.title}, ${article.outlet}, ${article.url}, ${article.publishedAt}::timestamptz, ${article.language}, ${article.text}, ${article.contentHash},
            ${article.paragraphs}::jsonb, ${article.warnings}::jsonb, ${article.extractedAt}::timestamptz, ${article.createdById}::int, now())
    RETURNING id`;
  if (!plan) {
    const [row] = await tx.$queryRaw<Array<{ id: number }>>`${insert}`;
    return { id: row!.id, claims: [] };
  }
  const rows = await tx.$queryRaw<Array<ClaimRow & { article_id: number }>>`
    WITH article AS (${insert}), ${extractionCtes(Prisma.sql`(SELECT id FROM article)`, plan)}
    SELECT a.id AS article_id, c.id, c.ordinal, c.party_id FROM article a LEFT JOIN claim c ON true ORDER BY c.ordinal`;
  return { id: rows[0]!.article_id, claims: storedClaims(rows.filter((row) => row.id !== null), plan) };
}

type ClaimRow = { id: number; ordinal: number; party_id: number };
type Span = { text: string; start: number; end: number };

/** What one article's extraction inserts: new claims, relay hops and relations with their ends resolved. */
interface ExtractionPlan {
  claims: ExtractedClaim[];
  relays: Array<{ ordinal: number; position: number; key: string }>;
  relations: Array<{ relation: ExtractedRelation; from: RelationEnd; to: RelationEnd }>;
  /** Per new claim (index = ordinal - 1): the claim it continues, or null. */
  continues: Array<RelationEnd | null>;
  partyKeys: string[];
}
/** A relation end: a new claim (by ordinal) or a kept claim (by id). */
type RelationEnd = { ordinal: number | null; id: number | null };

function planExtraction(extraction: ExtractionResult, options: StoreExtractionOptions): ExtractionPlan | null {
  const kept = options.keptClaimIds ?? new Map<string, number>();
  const claims = extraction.claims.filter((claim) => !kept.has(claim.id));
  if (claims.length === 0 && kept.size === 0) return null;
  const ordinals = new Map(claims.map((claim, index) => [claim.id, index + 1]));
  const end = (id: string): RelationEnd | null => {
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
  const continues = claims.map((claim) => (claim.continues === undefined ? null : end(claim.continues)));
  const relays = claims.flatMap((claim, index) => claim.via.map((key, position) => ({ ordinal: index + 1, position, key })));
  const partyKeys = [...new Set(claims.flatMap((claim) => [claim.party, ...claim.via]))];
  return { claims, relays, relations, continues, partyKeys };
}

function storedClaims(rows: ClaimRow[], plan: ExtractionPlan): StoredClaim[] {
  return rows.map((row) => {
    const claim = plan.claims[row.ordinal - 1]!;
    return { id: row.id, ordinal: row.ordinal, text: claim.text, cueText: claim.cue?.text ?? null, partyId: row.party_id };
  });
}

/**
 * The CTEs `wanted`, `created`, `party` (missing parties created), `claim_id`
 * (ids drawn from the sequence in ordinal order), `claim` (RETURNING id,
 * ordinal, party_id), `relay` and `relation` for the article
 * whose id `articleId` gives. Row order is insertion order: claim ids ascend
 * with ordinals, relation ids follow the extraction's order.
 */
function extractionCtes(articleId: Prisma.Sql, { claims, relays, relations, continues, partyKeys }: ExtractionPlan): Prisma.Sql {
  const json = (spans: Span[]): string => JSON.stringify(spans.map(({ text, start, end }) => ({ text, start, end })));
  return Prisma.sql`wanted AS (SELECT DISTINCT unnest(${partyKeys}::text[]) AS key),
    created AS (
      INSERT INTO parties (key, name, kind, updated_at)
      SELECT w.key, w.key, (CASE WHEN w.key = 'author' THEN 'author' ELSE 'group' END)::party_kind, now()
      FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM parties p WHERE p.key = w.key)
      ON CONFLICT (key) DO NOTHING
      RETURNING id, key
    ),
    party AS (SELECT p.id, p.key FROM parties p JOIN wanted w ON w.key = p.key UNION ALL SELECT id, key FROM created),
    claim_id AS MATERIALIZED (
      SELECT o AS ordinal, nextval(pg_get_serial_sequence('claims', 'id'))::int AS id
      FROM generate_series(1, ${claims.length}::int) AS o ORDER BY o
    ),
    claim AS (
      INSERT INTO claims (id, continues_id, article_id, ordinal, text, start, "end", kind, cue_text, cue_start, cue_end, cue_parts,
                          speaker_text, speaker_start, speaker_end, actor_id, party_id, confidence, unsourced, hedged, distanced, updated_at)
      SELECT i.id, coalesce((SELECT t.id FROM claim_id t WHERE t.ordinal = x.continues_ordinal), x.continues_id), ${articleId}, x.ordinal, x.text, x.start, x."end", x.kind::claim_kind, x.cue_text, x.cue_start, x.cue_end, x.cue_parts::jsonb,
             x.speaker_text, x.speaker_start, x.speaker_end, (SELECT a.id FROM actors a WHERE a.key = x.actor),
             (SELECT p.id FROM party p WHERE p.key = x.party), x.confidence, x.unsourced, x.hedged, x.distanced::jsonb, now()
      FROM unnest(
        ${claims.map((_, index) => index + 1)}::int[], ${claims.map((c) => c.text)}::text[], ${claims.map((c) => c.start)}::int[], ${claims.map((c) => c.end)}::int[],
        ${claims.map((c) => c.kind)}::text[], ${claims.map((c) => c.cue?.text ?? null)}::text[], ${claims.map((c) => c.cue?.start ?? null)}::int[],
        ${claims.map((c) => c.cue?.end ?? null)}::int[], ${claims.map((c) => (c.cue?.parts ? json(c.cue.parts) : null))}::text[],
        ${claims.map((c) => c.speaker?.text ?? null)}::text[], ${claims.map((c) => c.speaker?.start ?? null)}::int[], ${claims.map((c) => c.speaker?.end ?? null)}::int[],
        ${claims.map((c) => c.actor)}::text[], ${claims.map((c) => c.party)}::text[], ${claims.map((c) => c.confidence)}::float8[],
        ${claims.map((c) => c.unsourced)}::boolean[], ${claims.map((c) => c.hedged)}::boolean[], ${claims.map((c) => json(c.distanced))}::text[],
        ${continues.map((c) => c?.ordinal ?? null)}::int[], ${continues.map((c) => c?.id ?? null)}::int[]
      ) AS x(ordinal, text, start, "end", kind, cue_text, cue_start, cue_end, cue_parts, speaker_text, speaker_start, speaker_end,
             actor, party, confidence, unsourced, hedged, distanced, continues_ordinal, continues_id)
      JOIN claim_id i ON i.ordinal = x.ordinal
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
    )`;
}
