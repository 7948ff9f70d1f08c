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

/** The cluster of a claim (two queries), or null when the claim is in none. */
export async function getClaimCluster(prisma: PrismaClient, claimId: number): Promise<ClaimClusterView | null> {
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { clusterId: true } });
  if (!claim?.clusterId) return null;
  const rows = await prisma.claim.findMany({
    where: { clusterId: claim.clusterId, status: { not: 'rejected' } },
    select: {
      id: true, text: true, speakerText: true,
      article: { select: { id: true, title: true, outlet: true, publishedAt: true } },
      actor: { select: { name: true } },
      party: { select: { key: true, name: true } },
      relays: { orderBy: { position: 'asc' }, select: { party: { select: { key: true, name: true } } } },
    },
  });
  const members: ClusterMember[] = rows.map((row) => ({
    claimId: row.id,
    text: row.text,
    articleId: row.article.id,
    articleTitle: row.article.title,
    outlet: row.article.outlet,
    publishedAt: row.article.publishedAt,
    speakerText: row.speakerText,
    actorName: row.actor?.name ?? null,
    party: row.party,
    via: row.relays.map((relay) => relay.party),
  })).sort(byFirstAppearance);
  if (members.length < 2) return null;
  return { id: claim.clusterId, articleCount: new Set(members.map((m) => m.articleId)).size, first: members[0]!, members };
}

/** Per claim id, the size of its cluster in articles (claims in no cluster are absent): one query for a whole page. */
export async function countClusterArticles(prisma: PrismaClient, claimIds: readonly number[]): Promise<Map<number, number>> {
  if (claimIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<Array<{ id: number; articles: bigint | number }>>`
    SELECT c.id, (SELECT count(DISTINCT m.article_id) FROM claims m WHERE m.cluster_id = c.cluster_id AND m.status <> 'rejected') AS articles
    FROM claims c WHERE c.id = ANY(${[...claimIds]}::int[]) AND c.cluster_id IS NOT NULL`;
  return new Map(rows.filter((row) => Number(row.articles) > 1).map((row) => [row.id, Number(row.articles)]));
}
