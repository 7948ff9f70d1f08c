import type { Database } from '../db/open-database.js';
import type { Prisma } from '../generated/prisma/client.js';

/** Relation types that set one claim against another. */
export const DISPUTE_TYPES = ['denies', 'doubts', 'contradicts'] as const;

/**
 * What every list of claims loads with a claim: its party, actor, relay chain
 * and article. How many live claims dispute it is counted apart, for the
 * listed claims only ({@link withDisputeCounts}): a Prisma `_count` here would
 * aggregate every relation in the database on each query.
 */
export const CLAIM_SUMMARY = {
  party: { select: { id: true, key: true, name: true, kind: true } },
  actor: { select: { id: true, key: true, name: true } },
  relays: { orderBy: { position: 'asc' }, select: { position: true, party: { select: { id: true, key: true, name: true } } } },
  article: { select: { id: true, title: true, url: true, outlet: true, language: true, publishedAt: true } },
} satisfies Prisma.ClaimInclude;

/** A claim row with {@link CLAIM_SUMMARY} and the number of live claims disputing it. */
export type ClaimSummary = Prisma.ClaimGetPayload<{ include: typeof CLAIM_SUMMARY }> & { _count: { relationsTo: number } };

/** Order of claims in lists: newest article first, then text order. */
export const CLAIM_ORDER = [
  { article: { publishedAt: { sort: 'desc', nulls: 'last' } } },
  { articleId: 'desc' },
  { start: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ClaimOrderByWithRelationInput[];

/**
 * Per claim id, how many live claims deny, doubt or contradict it (relations
 * and claims an editor rejected left out). One query for any number of ids;
 * ids nobody disputes are absent.
 */
export async function countDisputing(db: Database, ids: readonly number[]): Promise<Map<number, number>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.prisma.claimRelation.groupBy({
    by: ['toId'],
    where: { toId: { in: unique }, type: { in: [...DISPUTE_TYPES] }, status: { not: 'rejected' }, from: { status: { not: 'rejected' } } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.toId, row._count._all]));
}

/** Adds to each claim its count from {@link countDisputing}. */
export function withDisputeCounts<T extends { id: number }>(claims: T[], counts: Map<number, number>): Array<T & { _count: { relationsTo: number } }> {
  return claims.map((claim) => ({ ...claim, _count: { relationsTo: counts.get(claim.id) ?? 0 } }));
}

/** The summaries of these claims, in the order of `ids` (ids of missing claims are skipped): two database operations. */
export async function findClaimSummaries(db: Database, ids: readonly number[]): Promise<ClaimSummary[]> {
  if (ids.length === 0) return [];
  const [rows, counts] = await Promise.all([
    db.prisma.claim.findMany({ where: { id: { in: [...ids] } }, include: CLAIM_SUMMARY }),
    countDisputing(db, ids),
  ]);
  const byId = new Map(withDisputeCounts(rows, counts).map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
