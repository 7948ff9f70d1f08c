import type { PrismaClient } from '../generated/prisma/client.js';

/** One appearance of a clustered claim: in which article, when, said by whom and relayed by whom. */
export interface ClusterMember {
  claimId: number;
  text: string;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  speakerText: string | null;
  actorName: string | null;
  party: { key: string; name: string };
  /** Relay parties, outermost first ("Reuters" for a claim relayed by Reuters). */
  via: Array<{ key: string; name: string }>;
}

/** The same claim across articles: members in order of publication (undated last), the first appearance first. */
export interface ClaimClusterView {
  id: number;
  articleCount: number;
  first: ClusterMember;
  members: ClusterMember[];
}

/** Orders members by the article's publication date (undated last), then by article id. */
export function byFirstAppearance(a: { publishedAt: Date | null; articleId: number; claimId: number }, b: { publishedAt: Date | null; articleId: number; claimId: number }): number {
  const ta = a.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const tb = b.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return ta - tb || a.articleId - b.articleId || a.claimId - b.claimId;
}

interface MemberRow {
  cluster_id: number;
  id: number;
  text: string;
  speaker_text: string | null;
  article_id: number;
  title: string;
  outlet: string | null;
  published_at: Date | null;
  actor_name: string | null;
  party_key: string;
  party_name: string;
  via: Array<{ key: string; name: string }>;
}

/**
 * The cluster of a claim, or null when the claim is in none. One query: the
 * live members with their article, actor, party and relay chain (joined,
 * not looked up per member: a repeated boilerplate sentence has 100+).
 */
export async function getClaimCluster(prisma: PrismaClient, claimId: number): Promise<ClaimClusterView | null> {
  const rows = await prisma.$queryRaw<MemberRow[]>`
    WITH m AS MATERIALIZED (
      SELECT m.cluster_id, m.id, m.text, m.speaker_text, m.article_id, m.actor_id, m.party_id FROM claims m
      WHERE m.cluster_id = (SELECT c.cluster_id FROM claims c WHERE c.id = ${claimId}) AND m.status <> 'rejected'
    ),
    via AS (
      SELECT r.claim_id, json_agg(json_build_object('key', rp.key, 'name', rp.name) ORDER BY r.position) AS via
      FROM claim_relays r JOIN parties rp ON rp.id = r.party_id
      WHERE r.claim_id IN (SELECT id FROM m)
      GROUP BY r.claim_id
    )
    SELECT m.cluster_id, m.id, m.text, m.speaker_text, a.id AS article_id, a.title, a.outlet, a.published_at,
           ac.name AS actor_name, p.key AS party_key, p.name AS party_name, coalesce(via.via, '[]'::json) AS via
    FROM m
    JOIN articles a ON a.id = m.article_id
    JOIN parties p ON p.id = m.party_id
    LEFT JOIN actors ac ON ac.id = m.actor_id
    LEFT JOIN via ON via.claim_id = m.id`;
  const members: ClusterMember[] = rows.map((row) => ({
    claimId: row.id,
    text: row.text,
    articleId: row.article_id,
    articleTitle: row.title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    speakerText: row.speaker_text,
    actorName: row.actor_name,
    party: { key: row.party_key, name: row.party_name },
    via: row.via,
  })).sort(byFirstAppearance);
  if (members.length < 2) return null;
  return { id: rows[0]!.cluster_id, articleCount: new Set(members.map((m) => m.articleId)).size, first: members[0]!, members };
}

/** Per claim id, the size of its cluster in articles (claims in no cluster are absent): one query for a whole page. */
export async function countClusterArticles(prisma: PrismaClient, claimIds: readonly number[]): Promise<Map<number, number>> {
  if (claimIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<Array<{ id: number; articles: bigint | number }>>`
    SELECT c.id, (SELECT count(DISTINCT m.article_id) FROM claims m WHERE m.cluster_id = c.cluster_id AND m.status <> 'rejected') AS articles
    FROM claims c WHERE c.id = ANY(${[...claimIds]}::int[]) AND c.cluster_id IS NOT NULL`;
  return new Map(rows.filter((row) => Number(row.articles) > 1).map((row) => [row.id, Number(row.articles)]));
}
