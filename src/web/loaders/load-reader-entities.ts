import type { RequestHandler } from 'express';
import { getActor, type ActorDetail } from '../../actors/get-actor.js';
import { getClaim, type ClaimDetail } from '../../claims/get-claim.js';
import type { Database } from '../../db/open-database.js';
import { AppError, type ErrorCode } from '../../errors.js';
import { getParty, type PartyDetail } from '../../parties/get-party.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by {@link loadClaim} for `/claims/:id`. */
    claimDetail?: ClaimDetail;
    /** Set by {@link loadParty} for `/parties/:key`. */
    partyDetail?: PartyDetail;
    /** Set by {@link loadActor} for `/actors/:id`. */
    actorDetail?: ActorDetail;
  }
}

/** A database id from a path parameter, or the given not-found error. */
function parseId(text: string, notFound: ErrorCode): number {
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647) throw new AppError(notFound);
  return Number(text);
}

/** Loads the claim named by `:id` into `req.claimDetail`, or passes CLAIM_NOT_FOUND on. */
export function loadClaim(db: Database): RequestHandler<{ id: string }> {
  return async (req, _res, next) => {
    req.claimDetail = await getClaim(db, { id: parseId(req.params.id, 'CLAIM_NOT_FOUND') });
    next();
  };
}

/** Loads the party named by `:key` into `req.partyDetail`, or passes PARTY_NOT_FOUND on. */
export function loadParty(db: Database): RequestHandler<{ key: string }> {
  return async (req, _res, next) => {
    if (req.params.key.length > 100) throw new AppError('PARTY_NOT_FOUND');
    req.partyDetail = await getParty(db, { key: req.params.key });
    next();
  };
}

/** Loads the actor named by `:id` into `req.actorDetail`, or passes ACTOR_NOT_FOUND on. */
export function loadActor(db: Database): RequestHandler<{ id: string }> {
  return async (req, _res, next) => {
    req.actorDetail = await getActor(db, { id: parseId(req.params.id, 'ACTOR_NOT_FOUND') });
    next();
  };
}

/** The value a loader put on the request (a programming error when missing). */
export function loaded<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the loader must run before this handler');
  return value;
}
