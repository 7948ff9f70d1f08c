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
  _count: { select: { claims: true } },
} satisfies Prisma.ArticleSelect;

/** An article in a filtered list. */
export type ArticlePageItem = Prisma.ArticleGetPayload<{ select: typeof SELECT }>;

/** Lists articles passing the filters (party: the article has a claim of the party), newest first, one page at a time. */
export async function findArticlePage(db: Database, options: Paging & { filters: ClaimFilters }): Promise<PageOf<ArticlePageItem>> {
  const where: Prisma.ArticleWhereInput = {
    ...articleWhere(options.filters),
    ...(options.filters.party ? { claims: { some: { party: { key: options.filters.party } } } } : {}),
  };
  const [items, total] = await Promise.all([
    db.prisma.article.findMany({
      where,
      select: SELECT,
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      ...pageWindow(options),
    }),
    db.prisma.article.count({ where }),
  ]);
  return { items, total, page: options.page, pageSize: options.pageSize };
}
