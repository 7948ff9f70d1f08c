import type { Database } from '../db/open-database.js';

/** Lists articles, newest publication first, each with its claim count. */
export async function findArticles(db: Database, options: { limit?: number } = {}) {
  return db.prisma.article.findMany({
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
    take: options.limit ?? 100,
    select: {
      id: true,
      title: true,
      outlet: true,
      language: true,
      publishedAt: true,
      _count: { select: { claims: true } },
    },
  });
}

/** One row of {@link findArticles}. */
export type ArticleListItem = Awaited<ReturnType<typeof findArticles>>[number];
