import { articleWhere, pageWindow, type ClaimFilters, type PageOf, type Paging } from '../claims/claim-filters.js';
import { CLAIM_ORDER, CLAIM_SUMMARY, DISPUTE_TYPES, type ClaimSummary } from '../claims/claim-summary.js';
import type { Database } from '../db/open-database.js';
import type { Prisma, RelationType } from '../generated/prisma/client.js';

/** A claim set against the disputed claim, with the claims that back it. */
export interface Counterclaim {
  type: Exclude<RelationType, 'supports'>;
  claim: ClaimSummary;
  supporters: ClaimSummary[];
}

/** A disputed claim, everything that disputes it, and everything that supports it. */
export interface Dispute {
  claim: ClaimSummary;
  counterclaims: Counterclaim[];
  supporters: ClaimSummary[];
}

/** Relations an editor rejected and claims an editor rejected are left out. */
const LIVE = { status: { not: 'rejected' } } as const;

/**
 * Lists disputed claims (claims that another claim denies, doubts or
 * contradicts), newest article first, with their counterclaims and the
 * claims supporting either side. The party filter matches a dispute when the
 * disputed claim or one of its counterclaims belongs to the party; the other
 * filters apply to the disputed claim's article. A constant number of
 * queries, however many claims a page shows: the page of disputed claims,
 * their count, the relations around them, and all involved claims at once.
 */
export async function findDisputes(db: Database, options: Paging & { filters: ClaimFilters }): Promise<PageOf<Dispute>> {
  const { filters } = options;
  const disputedBy = (party?: string): Prisma.ClaimRelationListRelationFilter => ({
    some: { ...LIVE, type: { in: [...DISPUTE_TYPES] }, from: { ...LIVE, ...(party ? { party: { key: party } } : {}) } },
  });
  const article = articleWhere(filters);
  const where: Prisma.ClaimWhereInput = {
    ...LIVE,
    ...(Object.keys(article).length > 0 ? { article } : {}),
    relationsTo: disputedBy(),
    ...(filters.party ? { OR: [{ party: { key: filters.party } }, { relationsTo: disputedBy(filters.party) }] } : {}),
  };
  const [targets, total] = await Promise.all([
    db.prisma.claim.findMany({ where, select: { id: true }, orderBy: CLAIM_ORDER, ...pageWindow(options) }),
    db.prisma.claim.count({ where }),
  ]);
  const targetIds = targets.map((target) => target.id);
  const around = await db.prisma.claimRelation.findMany({
    where: { ...LIVE, toId: { in: targetIds }, from: LIVE },
    select: { fromId: true, toId: true, type: true },
    orderBy: [{ confidence: 'desc' }, { id: 'asc' }],
  });
  const counterIds = [...new Set(around.filter((relation) => relation.type !== 'supports').map((relation) => relation.fromId))];
  const backing = await db.prisma.claimRelation.findMany({
    where: { ...LIVE, type: 'supports', toId: { in: counterIds }, from: LIVE },
    select: { fromId: true, toId: true },
    orderBy: [{ confidence: 'desc' }, { id: 'asc' }],
  });
  const involved = new Set([...targetIds, ...around.map((relation) => relation.fromId), ...backing.map((relation) => relation.fromId)]);
  const rows = await db.prisma.claim.findMany({ where: { id: { in: [...involved] } }, include: CLAIM_SUMMARY });
  const claims = new Map(rows.map((row) => [row.id, row]));
  const get = (id: number): ClaimSummary[] => {
    const claim = claims.get(id);
    return claim ? [claim] : [];
  };
  const items = targetIds.flatMap((id) =>
    get(id).map((claim) => ({
      claim,
      counterclaims: around.flatMap((relation) =>
        relation.toId === id && relation.type !== 'supports'
          ? get(relation.fromId).map((counter) => ({
              type: relation.type as Counterclaim['type'],
              claim: counter,
              supporters: backing.filter((back) => back.toId === counter.id).flatMap((back) => get(back.fromId)),
            }))
          : [],
      ),
      supporters: around.filter((relation) => relation.toId === id && relation.type === 'supports').flatMap((relation) => get(relation.fromId)),
    })),
  );
  return { items, total, page: options.page, pageSize: options.pageSize };
}
