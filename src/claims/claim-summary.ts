import type { Database } from '../db/open-database.js';
import type { Prisma } from '../generated/prisma/client.js';

/** Relation types that set one claim against another. */
export const DISPUTE_TYPES = ['denies', 'doubts', 'contradicts'] as const;

/**
 * What every list of claims loads with a claim: its party, actor, relay chain,
 * article, and how many live claims dispute it. With Prisma's `relationJoins`
 * (prisma/schema.prisma) the count is a LATERAL subquery per listed claim;
 * without it Prisma would aggregate every relation in the database first.
 */
export const CLAIM_SUMMARY = {
  party: { select: { id: true, key: true, name: true, kind: true } },
  actor: { select: { id: true, key: true, name: true } },
  relays: { orderBy: { position: 'asc' }, select: { position: true, party: { select: { id: true, key: true, name: true } } } },
  article: { select: { id: true, title: true, url: true, outlet: true, language: true, publishedAt: true } },
  _count: { select: { relationsTo: { where: { type: { in: [...DISPUTE_TYPES] }, status: { not: 'rejected' }, from: { status: { not: 'rejected' } } } } } },
} satisfies Prisma.ClaimInclude;

/** A claim row with {@link CLAIM_SUMMARY}. */
export type ClaimSummary = Prisma.ClaimGetPayload<{ include: typeof CLAIM_SUMMARY }>;

/** The summaries of these claims, in the order of `ids` (ids of missing claims are skipped): one query. */
export async function findClaimSummaries(db: Database, ids: readonly number[]): Promise<ClaimSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.prisma.claim.findMany({ where: { id: { in: [...ids] } }, include: CLAIM_SUMMARY });
  const byId = new Map(rows.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
