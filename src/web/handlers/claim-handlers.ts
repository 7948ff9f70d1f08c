import type { RequestHandler } from 'express';
import { findClaims } from '../../claims/find-claims.js';
import type { Database } from '../../db/open-database.js';
import { loaded } from '../loaders/load-reader-entities.js';
import { presentClaimJson, presentPaginationJson } from '../presenters/present-api.js';
import { presentBaseUrl } from '../presenters/present-base-url.js';
import { presentClaimPage } from '../presenters/present-claim-page.js';
import { claimCsvLine, claimsCsvHeader } from '../presenters/present-claims-csv.js';
import { parseListQuery } from '../queries/parse-list-query.js';

/** The claim page: the claim in its paragraph, who said it, what disputes and supports it, its history. */
export const showClaimPage: RequestHandler = (req, res) => {
  const view = presentClaimPage(loaded(req.claimDetail), presentBaseUrl(req));
  res.render('pages/claim', { page: { title: `Claim ${view.claim.id}: ${view.claim.party.name}` }, view });
};

/** `/api/claims/:id`: one claim with its relations as JSON. */
export const showClaimJson: RequestHandler = (req, res) => {
  const claim = loaded(req.claimDetail);
  res.json({
    claim: presentClaimJson(claim),
    relations: [
      ...claim.relationsTo.map((relation) => ({ direction: 'incoming', type: relation.type, claim: presentClaimJson(relation.from) })),
      ...claim.relationsFrom.map((relation) => ({ direction: 'outgoing', type: relation.type, claim: presentClaimJson(relation.to) })),
    ],
  });
};

/** `/api/claims`: claims with the filters, paginated. */
export function listClaimsJson(db: Database): RequestHandler {
  return async (req, res) => {
    const claims = await findClaims(db, parseListQuery(req.query));
    res.json({ claims: claims.items.map(presentClaimJson), pagination: presentPaginationJson(claims) });
  };
}

/** Rows per database round trip of the CSV export. */
const EXPORT_BATCH = 500;
/** Most rows one export returns. */
const EXPORT_LIMIT = 50_000;

/** `/export/claims.csv`: every claim passing the filters, streamed in batches (the `page` parameter is ignored). */
export function exportClaimsCsv(db: Database): RequestHandler {
  return async (req, res) => {
    const { filters } = parseListQuery(req.query);
    // The first batch is read before anything is sent, so a failing database still gets a proper error page.
    let batch = await findClaims(db, { filters, page: 1, pageSize: EXPORT_BATCH });
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', 'attachment; filename="claims.csv"');
    res.write(`\uFEFF${claimsCsvHeader()}`);
    for (let page = 1; page <= EXPORT_LIMIT / EXPORT_BATCH; page++) {
      if (page > 1) batch = await findClaims(db, { filters, page, pageSize: EXPORT_BATCH });
      res.write(batch.items.map(claimCsvLine).join(''));
      if (page * EXPORT_BATCH >= batch.total) break;
    }
    res.end();
  };
}
