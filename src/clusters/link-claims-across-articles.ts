import type { Prisma } from '../generated/prisma/client.js';
import type { StoredArticle } from '../articles/ingest-article.js';
import { compareClaims, signClaim, type ClaimSignature } from './claim-signature.js';

type Tx = Prisma.TransactionClient;

/** What {@link linkClaimsAcrossArticles} did. */
export interface CrossArticleLinks {
  /** Claims of the article that joined (or founded) a cluster. */
  clustered: number;
  /** Relations created to claims of other articles. */
  relations: number;
}

/** Candidates fetched per claim, and disputes linked per claim at most. */
const CANDIDATES_PER_CLAIM = 40;
const DISPUTES_PER_CLAIM = 3;

interface Row { id: number; text: string; cue_text: string | null; party_id: number; cluster_id: number | null; language: string | null; article_id: number }
interface CandidateRow extends Row { ord: bigint | number }

/**
 * Links the claims of a just-stored article to claims of other articles:
 * the same claim joins a claim cluster (created on first repeat, merged when
 * a claim bridges two), and a denial, doubt or contradiction becomes a
 * ClaimRelation across articles. Candidates are found cheaply in one query:
 * claims of other articles whose full-text `search_vector` holds two of the
 * claim's longest content words; the decision uses the extractor's features
 * (content stems, negations, stance cues). Runs in the caller's transaction;
 * `stored` (the article's language and new claims, from ingestion) saves reading them.
 */
export async function linkClaimsAcrossArticles(tx: Tx, articleId: number, stored?: StoredArticle): Promise<CrossArticleLinks> {
  // Claims just stored are handed over by ingestion (all new, none rejected); otherwise read.
  const own: Row[] = stored
    ? stored.claims.map((claim) => ({ id: claim.id, text: claim.text, cue_text: claim.cueText, party_id: claim.partyId, cluster_id: null, language: stored.language, article_id: articleId }))
    : await tx.$queryRaw<Row[]>`
      SELECT c.id, c.text, c.cue_text, c.party_id, c.cluster_id, a.language, c.article_id
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.article_id = ${articleId} AND c.status <> 'rejected'
      ORDER BY c.ordinal`;
  const signed = own.map((row) => ({ row, sig: signClaim({ text: row.text, cueText: row.cue_text, language: row.language }) }));
  const queries = signed.map(({ sig }) => pairQuery(sig));
  const configs = own.map((row) => (row.language === 'en' ? 'english' : 'german'));
  const asked = queries.flatMap((query, index) => (query ? [{ index, query, config: configs[index]! }] : []));
  if (asked.length === 0) return { clustered: 0, relations: 0 };
  const candidates = await tx.$queryRaw<CandidateRow[]>`
    SELECT q.ord, c.id, c.text, c.cue_text, c.party_id, c.cluster_id, c.language, c.article_id
    FROM unnest(${asked.map((a) => a.query)}::text[], ${asked.map((a) => a.config)}::text[]) WITH ORDINALITY AS q(query, config, ord)
    CROSS JOIN LATERAL (SELECT to_tsquery(q.config::regconfig, q.query) AS tsq) t
    CROSS JOIN LATERAL (
      SELECT c.id, c.text, c.cue_text, c.party_id, c.cluster_id, a.language, c.article_id
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.search_vector @@ t.tsq AND c.article_id <> ${articleId} AND c.status <> 'rejected'
      LIMIT ${CANDIDATES_PER_CLAIM}
    ) c`;
  const byClaim = new Map<number, CandidateRow[]>();
  for (const candidate of candidates) {
    const index = asked[Number(candidate.ord) - 1]!.index;
    const list = byClaim.get(index) ?? [];
    list.push(candidate);
    byClaim.set(index, list);
  }

  let clustered = 0;
  const relations: Prisma.ClaimRelationCreateManyInput[] = [];
  for (const [index, list] of byClaim) {
    const { row, sig } = signed[index]!;
    const mine = { ...sig, party: row.party_id };
    const same: Row[] = [];
    let disputes = 0;
    for (const candidate of list) {
      const link = compareClaims(mine, signCandidate(candidate));
      if (!link) continue;
      if (link.kind === 'same') { same.push(candidate); continue; }
      if (disputes >= DISPUTES_PER_CLAIM) continue;
      disputes++;
      const [fromId, toId] = link.from === 'a' ? [row.id, candidate.id] : [candidate.id, row.id];
      relations.push({ fromId, toId, type: link.kind, confidence: 0.6 });
    }
    if (same.length > 0) {
      await joinCluster(tx, row, same);
      clustered++;
    }
  }
  if (relations.length > 0) await tx.claimRelation.createMany({ data: relations, skipDuplicates: true });
  return { clustered, relations: relations.length };
}

/** Signatures of candidate claims by id (a claim is a candidate for many articles), checked against its current text and party. */
const signatures = new Map<number, { text: string; cueText: string | null; language: string | null; sig: ClaimSignature & { party: number } }>();
const MAX_SIGNATURES = 200_000;

function signCandidate(row: Row): ClaimSignature & { party: number } {
  const known = signatures.get(row.id);
  if (known && known.sig.party === row.party_id && known.text === row.text && known.cueText === row.cue_text && known.language === row.language) return known.sig;
  if (signatures.size >= MAX_SIGNATURES) signatures.clear();
  const sig = { ...signClaim({ text: row.text, cueText: row.cue_text, language: row.language }), party: row.party_id };
  signatures.set(row.id, { text: row.text, cueText: row.cue_text, language: row.language, sig });
  return sig;
}

/** A tsquery of every pair of the claim's longest content words ("a & b | a & c | ..."), or null with fewer than two. */
function pairQuery(sig: ClaimSignature): string | null {
  const words = sig.keywords.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length > 0);
  if (words.length < 2) return null;
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) pairs.push(`(${words[i]} & ${words[j]})`);
  return pairs.join(' | ');
}

/** Puts the claim and the matching claims into one cluster: an existing one (the oldest), merging any others, or a new one. */
async function joinCluster(tx: Tx, claim: Row, same: Row[]): Promise<void> {
  const fresh = await tx.claim.findMany({ where: { id: { in: [claim.id, ...same.map((s) => s.id)] } }, select: { id: true, clusterId: true } });
  const clusterIds = [...new Set(fresh.flatMap((c) => (c.clusterId === null ? [] : [c.clusterId])))].sort((a, b) => a - b);
  const target = clusterIds[0] ?? (await tx.claimCluster.create({ data: {}, select: { id: true } })).id;
  const merged = clusterIds.slice(1);
  await tx.claim.updateMany({
    where: { OR: [{ id: { in: fresh.map((c) => c.id) } }, ...(merged.length > 0 ? [{ clusterId: { in: merged } }] : [])] },
    data: { clusterId: target },
  });
  if (merged.length > 0) await tx.claimCluster.deleteMany({ where: { id: { in: merged } } });
  else await tx.claimCluster.update({ where: { id: target }, data: { updatedAt: new Date() } });
}
