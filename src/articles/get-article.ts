import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';

/** Relations and claims an editor rejected are not shown. */
const LIVE_RELATION = { status: { not: 'rejected' }, from: { status: { not: 'rejected' } }, to: { status: { not: 'rejected' } } } satisfies Prisma.ClaimRelationWhereInput;

/** Query shape of an article with everything its page shows. */
const ARTICLE_WITH_CLAIMS = {
  claims: {
    orderBy: [{ start: 'asc' }, { end: 'desc' }],
    include: {
      party: { select: { key: true, name: true, kind: true } },
      actor: { select: { key: true, name: true } },
      relays: { orderBy: { position: 'asc' }, include: { party: { select: { key: true, name: true } } } },
      // Which live claims dispute or support this one, and which it disputes or supports (for the tooltips).
      relationsTo: { where: LIVE_RELATION, select: { type: true, from: { select: { id: true, party: { select: { name: true } } } } } },
      relationsFrom: { where: LIVE_RELATION, select: { type: true, to: { select: { id: true, party: { select: { name: true } } } } } },
    },
  },
} satisfies Prisma.ArticleInclude;

/** Gets one article with its claims (text order); ARTICLE_NOT_FOUND when there is none. */
export async function getArticle(db: Database, options: { id: number }) {
  const article = await db.prisma.article.findUnique({ where: { id: options.id }, include: ARTICLE_WITH_CLAIMS });
  if (!article) throw new AppError('ARTICLE_NOT_FOUND');
  return article;
}

/** An article as returned by {@link getArticle}. */
export type ArticleWithClaims = Awaited<ReturnType<typeof getArticle>>;
