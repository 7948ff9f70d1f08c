import type { PrismaClient } from '../generated/prisma/client.js';

/** A cluster as listed on the front page: its first appearance and how far it spread. */
export interface RepeatedClaim {
  clusterId: number;
  articleCount: number;
  first: { claimId: number; text: string; articleId: number; articleTitle: string; publishedAt: Date | null; partyKey: string; partyName: string };
}

/**
 * The claims repeated in the most articles (two queries whatever the limit):
 * each with the claim's first appearance by publication date.
 */
export async function findRepeatedClaims(prisma: PrismaClient, options: { limit?: number } = {}): Promise<RepeatedClaim[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 5, 50));
  const rows = await prisma.$queryRaw<Array<{ cluster_id: number; articles: bigint | number; first_id: number }>>`
    SELECT s.cluster_id, s.articles, f.id AS first_id
    FROM (
      SELECT c.cluster_id, count(DISTINCT c.article_id) AS articles
      FROM claims c WHERE c.cluster_id IS NOT NULL AND c.status <> 'rejected'
      GROUP BY c.cluster_id HAVING count(DISTINCT c.article_id) > 1
      ORDER BY articles DESC, c.cluster_id DESC LIMIT ${limit}
    ) s
    CROSS JOIN LATERAL (
      SELECT m.id FROM claims m JOIN articles a ON a.id = m.article_id
      WHERE m.cluster_id = s.cluster_id AND m.status <> 'rejected'
      ORDER BY a.published_at ASC NULLS LAST, a.id ASC, m.id ASC LIMIT 1
    ) f
    ORDER BY s.articles DESC, s.cluster_id DESC`;
  if (rows.length === 0) return [];
  const firsts = await prisma.claim.findMany({
    where: { id: { in: rows.map((row) => row.first_id) } },
    select: { id: true, text: true, article: { select: { id: true, title: true, publishedAt: true } }, party: { select: { key: true, name: true } } },
  });
  const byId = new Map(firsts.map((claim) => [claim.id, claim]));
  return rows.flatMap((row) => {
    const claim = byId.get(row.first_id);
    if (!claim) return [];
    return [{
      clusterId: row.cluster_id,
      articleCount: Number(row.articles),
      first: {
        claimId: claim.id, text: claim.text, articleId: claim.article.id, articleTitle: claim.article.title,
        publishedAt: claim.article.publishedAt, partyKey: claim.party.key, partyName: claim.party.name,
      },
    }];
  });
}
