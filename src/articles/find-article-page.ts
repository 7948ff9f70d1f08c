import { articleWhere, pageWindow, type ClaimFilters, type PageOf, type Paging } from '../claims/claim-filters.js';
import type { Database } from '../db/open-database.js';
import type { Prisma } from '../generated/prisma/client.js';

const SELECT = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  language: true,
  publishedAt: true,
} satisfies Prisma.ArticleSelect;

/** An article in a filtered list. */
export type ArticlePageItem = Prisma.ArticleGetPayload<{ select: typeof SELECT }> & { _count: { claims: number } };

/**
 * Lists articles passing the filters (party: the article has a claim of the
 * party), newest first (undated last, then newest id), one page at a time.
 * Dated articles come first along the `(published_at, id)` index, then the
 * undated ones by id (PostgreSQL cannot follow one index in the order "DESC
 * NULLS LAST"); claims are counted for the page's articles only.
 */
export async function findArticlePage(db: Database, options: Paging & { filters: ClaimFilters }): Promise<PageOf<ArticlePageItem>> {
  const where: Prisma.ArticleWhereInput = {
    ...articleWhere(options.filters),
    ...(options.filters.party ? { claims: { some: { party: { key: options.filters.party } } } } : {}),
  };
  const { skip, take } = pageWindow(options);
  const datedWhere: Prisma.ArticleWhereInput = { AND: [where, { publishedAt: { not: null } }] };
  const [dated, datedTotal, total] = await Promise.all([
    db.prisma.article.findMany({ where: datedWhere, select: SELECT, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip, take }),
    db.prisma.article.count({ where: datedWhere }),
    db.prisma.article.count({ where }),
  ]);
  const undated = dated.length < take && total > datedTotal
    ? await db.prisma.article.findMany({
        where: { AND: [where, { publishedAt: null }] },
        select: SELECT,
        orderBy: { id: 'desc' },
        skip: Math.max(0, skip - datedTotal),
        take: take - dated.length,
      })
    : [];
  const articles = [...dated, ...undated];
  const counts = articles.length === 0 ? [] : await db.prisma.claim.groupBy({ by: ['articleId'], where: { articleId: { in: articles.map((a) => a.id) } }, _count: { _all: true } });
  const byArticle = new Map(counts.map((row) => [row.articleId, row._count._all]));
  const items = articles.map((article) => ({ ...article, _count: { claims: byArticle.get(article.id) ?? 0 } }));
  return { items, total, page: options.page, pageSize: options.pageSize };
}
