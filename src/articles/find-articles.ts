import type { Database } from '../db/open-database.js';

/** Lists articles, newest publication first, each with its claim count. */
export async function findArticles(db: Database, options: { limit?: number } = {}) {
  const articles = await db.prisma.article.findMany({
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
    take: options.limit ?? 100,
    select: { id: true, title: true, outlet: true, language: true, publishedAt: true },
  });
  // Counted for these articles only (a `_count` select aggregates every claim in the database first).
  const counts = articles.length === 0 ? [] : await db.prisma.claim.groupBy({ by: ['articleId'], where: { articleId: { in: articles.map((a) => a.id) } }, _count: { _all: true } });
  const byArticle = new Map(counts.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({ ...article, _count: { claims: byArticle.get(article.id) ?? 0 } }));
}

export type ArticleListItem = Awaited<ReturnType<typeof findArticles>>[number];
