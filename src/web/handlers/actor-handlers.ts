import type { RequestHandler } from 'express';
import { findClaims } from '../../claims/find-claims.js';
import type { Database } from '../../db/open-database.js';
import { countDisputes } from '../../disputes/count-disputes.js';
import { loaded } from '../loaders/load-reader-entities.js';
import { presentClaimJson, presentPaginationJson } from '../presenters/present-api.js';
import { presentClaimSummary, presentPartyLink } from '../presenters/present-claim-summary.js';
import { presentFilterQuery } from '../presenters/present-filters.js';
import { presentPagination } from '../presenters/present-pagination.js';
import { presentSpeakerStats } from '../presenters/present-speaker.js';
import { parseListQuery } from '../queries/parse-list-query.js';

/** `/actors/:id`: the actor's claims (paginated, filterable), dispute share and whom the actor disputes. */
export function showActorPage(db: Database): RequestHandler {
  return async (req, res) => {
    const actor = loaded(req.actorDetail);
    const query = parseListQuery(req.query);
    const [claims, stats] = await Promise.all([findClaims(db, { ...query, actorId: actor.id }), countDisputes(db, { actorId: actor.id })]);
    const path = `/actors/${actor.id}`;
    res.render('pages/speaker', {
      page: { title: actor.name },
      speaker: {
        heading: actor.name,
        kindLabel: actor.kind,
        party: presentPartyLink(actor.party),
        actors: [],
        stats: presentSpeakerStats(stats),
        apiHref: `/api${path}`,
      },
      claims: claims.items.map(presentClaimSummary),
      pagination: presentPagination(claims, path, presentFilterQuery(query.filters)),
    });
  };
}

/** `/api/actors/:id`: the actor, its dispute statistics and a page of its claims. */
export function showActorJson(db: Database): RequestHandler {
  return async (req, res) => {
    const actor = loaded(req.actorDetail);
    const query = parseListQuery(req.query);
    const [claims, stats] = await Promise.all([findClaims(db, { ...query, actorId: actor.id }), countDisputes(db, { actorId: actor.id })]);
    res.json({
      actor: { id: actor.id, key: actor.key, name: actor.name, kind: actor.kind, party: { key: actor.party.key, name: actor.party.name } },
      stats,
      claims: claims.items.map(presentClaimJson),
      pagination: presentPaginationJson(claims),
    });
  };
}
