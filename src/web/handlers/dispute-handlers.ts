import type { RequestHandler } from 'express';
import { cachedByVersion } from '../../claims/cached-by-version.js';
import type { Database } from '../../db/open-database.js';
import { findDisputes } from '../../disputes/find-disputes.js';
import { findRepeatedClaims } from '../../clusters/find-repeated-claims.js';
import { presentRepeatedClaims } from '../presenters/present-claim-cluster.js';
import { presentDisputeJson, presentPaginationJson } from '../presenters/present-api.js';
import { presentDispute } from '../presenters/present-dispute.js';
import { presentPagination } from '../presenters/present-pagination.js';
import { parseListQuery } from '../queries/parse-list-query.js';
import { loadFilterForm } from './reader-context.js';

/** Front page: disputed claims beside their counterclaims, filtered and paginated. */
export function showDisputesPage(db: Database): RequestHandler {
  return async (req, res) => {
    const query = parseListQuery(req.query);
    const [disputes, filters, repeated] = await Promise.all([findDisputes(db, query), loadFilterForm(db, req, query.filters), cachedByVersion(db, 'repeated-claims', () => findRepeatedClaims(db.prisma))]);
    res.render('pages/disputes', {
      page: { title: null },
      disputes: disputes.items.map(presentDispute),
      filters,
      pagination: presentPagination(disputes, '/', filters.query),
      repeated: presentRepeatedClaims(repeated),
    });
  };
}

/** `/api/disputes`: the front page's disputes as JSON. */
export function listDisputesJson(db: Database): RequestHandler {
  return async (req, res) => {
    const disputes = await findDisputes(db, parseListQuery(req.query));
    res.json({ disputes: disputes.items.map(presentDisputeJson), pagination: presentPaginationJson(disputes) });
  };
}
