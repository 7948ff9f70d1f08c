import type { Database } from '../db/open-database.js';
import { cachedByVersion } from './cached-by-version.js';
import { pageWindow, type ClaimFilters, type PageOf, type Paging } from './claim-filters.js';
import { findClaimSummaries, type ClaimSummary } from './claim-summary.js';
import { countClaimRows, findClaimIds } from './find-claim-ids.js';

/** Options for {@link findClaims}: the filters, a page, and optionally one actor. */
export interface FindClaimsOptions extends Paging {
  filters: ClaimFilters;
  actorId?: number;
}

/** Up to this many claims of a party or actor are sorted whole; a larger list is walked article by article. */
const NARROW_LIMIT = 20_000;

/**
 * Lists claims passing the filters (newest article first, text order), one
 * page at a time: the total (counted, then reused while nothing changes:
 * see cachedByVersion), the page's ids by the plan that suits the list's size,
 * then the summaries of just those claims.
 */
export async function findClaims(db: Database, options: FindClaimsOptions): Promise<PageOf<ClaimSummary>> {
  const scope = { filters: options.filters, actorId: options.actorId };
  const total = await cachedByVersion(db, `claims:${JSON.stringify(scope)}`, () => countClaimRows(db, scope));
  const narrow = (options.filters.party !== undefined || options.actorId !== undefined) && total <= NARROW_LIMIT;
  const { ids } = await findClaimIds(db, scope, pageWindow(options), narrow ? 'narrow' : 'walk');
  const items = await findClaimSummaries(db, ids);
  return { items, total, page: options.page, pageSize: options.pageSize };
}
