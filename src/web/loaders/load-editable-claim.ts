import type { RequestHandler } from 'express';
import { getEditableClaim, type EditableClaim } from '../../claims/get-editable-claim.js';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';
import { positiveIntParam } from '../handlers/form-values.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by {@link loadEditableClaim} for the editor's claim routes. */
    editableClaim?: EditableClaim;
  }
}

/** Loads the claim named by `:id` with what its edit page needs, or passes CLAIM_NOT_FOUND on. */
export function loadEditableClaim(db: Database): RequestHandler<{ id: string }> {
  return async (req, _res, next) => {
    const id = positiveIntParam(req.params.id);
    if (id === null) throw new AppError('CLAIM_NOT_FOUND');
    req.editableClaim = await getEditableClaim(db, { id });
    next();
  };
}

/** The claim the loader put on the request (a programming error when missing). */
export function loadedEditableClaim(claim: EditableClaim | undefined): EditableClaim {
  if (!claim) throw new Error('loadEditableClaim must run before this handler');
  return claim;
}
