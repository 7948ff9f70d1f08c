import type { Database } from '../db/open-database.js';
import type { Prisma } from '../generated/prisma/client.js';

const SELECT = { id: true, title: true, outlet: true, language: true, publishedAt: true } satisfies Prisma.ArticleSelect;

/**
 * Lists articles, newest publication first (undated last, newest id first
 * among equal dates), each with its claim count. Dated and undated articles
 * are read apart, each along an index (PostgreSQL cannot follow one index in
 * the order "DESC NULLS LAST"), and the claims counted for these articles only.
 */
export async function findArticles(db: Database, options: { limit?: number } = {}) {
  const limit = options.limit ?? 100;
  const dated = await db.prisma.article.findMany({ where: { publishedAt: { not: null } }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], take: limit, select: SELECT });
  const undated = dated.length < limit
    ? await db.prisma.article.findMany({ where: { publishedAt: null }, orderBy: { id: 'desc' }, take: limit - dated.length, select: SELECT })
    : [];
  const articles = [...dated, ...undated];
  // Counted for these articles only (a `_count` select aggregates every claim in the database first).
  const counts = articles.length === 0 ? [] : await db.prisma.claim.groupBy({ by: ['articleId'], where: { articleId: { in: articles.map((a) => a.id) } }, _count: { _all: true } });
  const byArticle = new Map(counts.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({ ...article, _count: { claims: byArticle.get(article.id) ?? 0 } }));
}

export type ArticleListItem = Awaited<ReturnType<typeof findArticles>>[number];
