import type { RequestHandler } from 'express';
import { findClaims } from '../../claims/find-claims.js';
import { cachedByVersion } from '../../claims/cached-by-version.js';
import type { Database } from '../../db/open-database.js';
import { countDisputes } from '../../disputes/count-disputes.js';
import { findParties } from '../../parties/find-parties.js';
import { loaded } from '../loaders/load-reader-entities.js';
import { presentClaimJson, presentPaginationJson } from '../presenters/present-api.js';
import { presentClaimSummary } from '../presenters/present-claim-summary.js';
import { presentFilterQuery } from '../presenters/present-filters.js';
import { presentPagination } from '../presenters/present-pagination.js';
import { presentPartyList, presentSpeakerStats } from '../presenters/present-speaker.js';
import { parseListQuery } from '../queries/parse-list-query.js';

/** The parties with their claim counts (which aggregate every claim), reused while the data version is unchanged. */
function loadParties(db: Database) {
  return cachedByVersion(db, 'parties', () => findParties(db));
}

/** `/parties`: every party that made a claim. */
export function listPartiesPage(db: Database): RequestHandler {
  return async (_req, res) => {
    res.render('pages/parties', { page: { title: 'Parties' }, parties: presentPartyList(await loadParties(db)) });
  };
}

/** `/api/parties`: the parties as JSON. */
export function listPartiesJson(db: Database): RequestHandler {
  return async (_req, res) => {
    const parties = await loadParties(db);
    res.json({
      parties: parties.map((party) => ({ key: party.key, name: party.name, kind: party.kind, href: `/parties/${encodeURIComponent(party.key)}`, claimCount: party._count.claims })),
    });
  };
}

/** `/parties/:key`: the party's claims (paginated, filterable by article, language, date), dispute share and whom it disputes. */
export function showPartyPage(db: Database): RequestHandler {
  return async (req, res) => {
    const party = loaded(req.partyDetail);
    const query = parseListQuery(req.query);
    const filters = { ...query.filters, party: party.key };
    const [claims, stats] = await Promise.all([findClaims(db, { ...query, filters }), countDisputes(db, { partyId: party.id })]);
    const path = `/parties/${encodeURIComponent(party.key)}`;
    res.render('pages/speaker', {
      page: { title: party.name },
      speaker: {
        heading: party.name,
        kindLabel: party.kind,
        party: null,
        actors: party.actors.map((actor) => ({ name: actor.name, href: `/actors/${actor.id}` })),
        stats: presentSpeakerStats(stats),
        apiHref: `/api${path}`,
      },
      claims: claims.items.map(presentClaimSummary),
      pagination: presentPagination(claims, path, presentFilterQuery(query.filters)),
    });
  };
}

/** `/api/parties/:key`: the party, its dispute statistics and a page of its claims. */
export function showPartyJson(db: Database): RequestHandler {
  return async (req, res) => {
    const party = loaded(req.partyDetail);
    const query = parseListQuery(req.query);
    const [claims, stats] = await Promise.all([
      findClaims(db, { ...query, filters: { ...query.filters, party: party.key } }),
      countDisputes(db, { partyId: party.id }),
    ]);
    res.json({
      party: { key: party.key, name: party.name, kind: party.kind, actors: party.actors.map(({ id, key, name }) => ({ id, key, name })) },
      stats,
      claims: claims.items.map(presentClaimJson),
      pagination: presentPaginationJson(claims),
    });
  };
}
