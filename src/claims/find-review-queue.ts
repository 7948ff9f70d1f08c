import type { Database } from '../db/open-database.js';
import type { Prisma } from '../generated/prisma/client.js';

/** Options of {@link findReviewQueue}. */
export interface ReviewQueueOptions {
  /** Only claims of this article. */
  articleId?: number;
  /** Only unsourced author claims (evaluations in the article's own voice). */
  unsourcedOnly?: boolean;
  /** 1-based page number. */
  page: number;
  pageSize: number;
}

/**
 * The claims waiting for an editor (status `machine`), lowest confidence
 * first; unsourced author claims are included and can be listed alone.
 * Also returns the articles that have waiting claims, for the filter.
 */
export async function findReviewQueue(db: Database, options: ReviewQueueOptions) {
  const where: Prisma.ClaimWhereInput = {
    status: 'machine',
    ...(options.articleId !== undefined ? { articleId: options.articleId } : {}),
    ...(options.unsourcedOnly ? { unsourced: true, kind: 'author' } : {}),
  };
  const [total, claims, articles] = await Promise.all([
    db.prisma.claim.count({ where }),
    db.prisma.claim.findMany({
      where,
      orderBy: [{ confidence: 'asc' }, { articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
      include: {
        party: { select: { key: true, name: true } },
        actor: { select: { id: true, name: true } },
        article: { select: { id: true, title: true, language: true } },
      },
    }),
    db.prisma.article.findMany({
      where: { claims: { some: { status: 'machine' } } },
      orderBy: { id: 'desc' },
      select: { id: true, title: true, _count: { select: { claims: { where: { status: 'machine' } } } } },
    }),
  ]);
  return { total, claims, articles };
}

/** One claim of the queue. */
export type ReviewQueueClaim = Awaited<ReturnType<typeof findReviewQueue>>['claims'][number];
