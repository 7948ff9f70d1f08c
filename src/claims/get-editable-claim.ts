import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';

const OTHER_CLAIM = { select: { id: true, ordinal: true, text: true, articleId: true, status: true, party: { select: { name: true } } } } as const;

/**
 * Gets a claim with everything its edit page needs: the article text, the
 * relay chain, links to and from other claims, the article's other claims,
 * and every party and actor to choose from. CLAIM_NOT_FOUND when absent.
 */
export async function getEditableClaim(db: Database, options: { id: number }) {
  const claim = await db.prisma.claim.findUnique({
    where: { id: options.id },
    include: {
      article: { select: { id: true, title: true, text: true, paragraphs: true, language: true } },
      party: { select: { key: true, name: true } },
      actor: { select: { id: true, name: true } },
      relays: { orderBy: { position: 'asc' }, select: { party: { select: { key: true, name: true } } } },
      relationsFrom: { orderBy: { id: 'asc' }, include: { to: OTHER_CLAIM } },
      relationsTo: { orderBy: { id: 'asc' }, include: { from: OTHER_CLAIM } },
      reviewedBy: { select: { name: true } },
    },
  });
  if (!claim) throw new AppError('CLAIM_NOT_FOUND');
  const [siblings, parties, actors, next] = await Promise.all([
    db.prisma.claim.findMany({
      where: { articleId: claim.articleId, id: { not: claim.id } },
      orderBy: { start: 'asc' },
      select: { id: true, ordinal: true, text: true, status: true },
    }),
    db.prisma.party.findMany({ orderBy: { name: 'asc' }, select: { key: true, name: true } }),
    db.prisma.actor.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, party: { select: { name: true } } } }),
    // The next claim of the review queue (same order as /review), for "next claim" after a decision.
    db.prisma.claim.findFirst({
      where: { status: 'machine', id: { not: claim.id } },
      orderBy: [{ confidence: 'asc' }, { articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
      select: { id: true },
    }),
  ]);
  return { claim, siblings, parties, actors, nextInQueue: next?.id ?? null };
}

/** What {@link getEditableClaim} returns. */
export type EditableClaim = Awaited<ReturnType<typeof getEditableClaim>>;
