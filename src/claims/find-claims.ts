import type { Database } from '../db/open-database.js';
import { claimWhere, pageWindow, type ClaimFilters, type PageOf, type Paging } from './claim-filters.js';
import { CLAIM_ORDER, CLAIM_SUMMARY, type ClaimSummary } from './claim-summary.js';

/** Options for {@link findClaims}: the filters, a page, and optionally one actor. */
export interface FindClaimsOptions extends Paging {
  filters: ClaimFilters;
  actorId?: number;
}

/** Lists claims passing the filters (newest article first, text order), one page at a time. */
export async function findClaims(db: Database, options: FindClaimsOptions): Promise<PageOf<ClaimSummary>> {
  const where = { ...claimWhere(options.filters), ...(options.actorId !== undefined ? { actorId: options.actorId } : {}) };
  const [items, total] = await Promise.all([
    db.prisma.claim.findMany({ where, include: CLAIM_SUMMARY, orderBy: CLAIM_ORDER, ...pageWindow(options) }),
    db.prisma.claim.count({ where }),
  ]);
  return { items, total, page: options.page, pageSize: options.pageSize };
}
