import { pageWindow, type ClaimFilters, type PageOf, type Paging } from '../claims/claim-filters.js';
import { findClaimSummaries, type ClaimSummary } from '../claims/claim-summary.js';
import { countClaimRows, findClaimIds } from '../claims/find-claim-ids.js';
import type { Database } from '../db/open-database.js';
import { Prisma, type RelationType } from '../generated/prisma/client.js';

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

/** SQL: a live claim (of the party, when given) denies, doubts or contradicts the claim `c`. */
function disputedBy(party?: string): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM claim_relations r JOIN claims f ON f.id = r.from_id
    WHERE r.to_id = c.id AND r.type IN ('denies', 'doubts', 'contradicts') AND r.status <> 'rejected' AND f.status <> 'rejected'
      ${party ? Prisma.sql`AND f.party_id = (SELECT p.id FROM parties p WHERE p.key = ${party})` : Prisma.empty})`;
}

/**
 * Lists disputed claims (claims that another claim denies, doubts or
 * contradicts), newest article first, with their counterclaims and the
 * claims supporting either side. The party filter matches a dispute when the
 * disputed claim or one of its counterclaims belongs to the party; the other
 * filters apply to the disputed claim's article. A constant number of
 * queries, however many claims a page shows: the page of disputed claims
 * with their count (the few disputed claims found from the relations, then
 * sorted), the relations around them, and all involved claims at once.
 */
export async function findDisputes(db: Database, options: Paging & { filters: ClaimFilters }): Promise<PageOf<Dispute>> {
  const { party, ...filters } = options.filters;
  const claimWhere = Prisma.sql`c.status <> 'rejected' AND ${disputedBy()}${party ? Prisma.sql` AND (c.party_id = (SELECT p.id FROM parties p WHERE p.key = ${party}) OR ${disputedBy(party)})` : Prisma.empty}`;
  const scope = { filters, claimWhere };
  const page = await findClaimIds(db, scope, pageWindow(options), 'narrow');
  const total = page.total ?? (await countClaimRows(db, scope));
  const targetIds = page.ids;
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
  const rows = await findClaimSummaries(db, [...involved]);
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
