import type { Request, RequestHandler, Response } from 'express';
import { addClaimRelation } from '../../claims/add-claim-relation.js';
import { correctClaim, type ClaimCorrection } from '../../claims/correct-claim.js';
import { removeClaimRelation } from '../../claims/remove-claim-relation.js';
import { reviewClaim, type ReviewDecision } from '../../claims/review-claim.js';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';
import { signedIn } from '../auth/require-role.js';
import { loadedEditableClaim } from '../loaders/load-editable-claim.js';
import { presentClaimConflict } from '../presenters/present-claim-conflict.js';
import { presentClaimEdit } from '../presenters/present-claim-edit.js';
import { optionalInt, positiveIntParam, textField } from './form-values.js';

const NOTICES: Record<string, string> = {
  saved: 'Correction saved.',
  unchanged: 'Nothing was changed.',
  confirmed: 'Claim confirmed.',
  rejected: 'Claim rejected. It stays stored and can be corrected later.',
  linked: 'Link added.',
  unlinked: 'Link removed.',
};

function render(req: Request, res: Response, options: Parameters<typeof presentClaimEdit>[1] = {}, status = 200): void {
  const claim = presentClaimEdit(loadedEditableClaim(req.editableClaim), options);
  res.status(status).render('pages/editor/claim-edit', { page: { title: `Edit claim #${claim.id}` }, claim });
}

/** GET /claims/:id/edit */
export const showClaimEdit: RequestHandler = (req, res) => {
  const notice = typeof req.query.done === 'string' ? NOTICES[req.query.done] : undefined;
  render(req, res, { notice });
};

/** The version the editor's form was loaded with. */
function expectedVersion(req: Request): number {
  const version = positiveIntParam(textField(req.body, 'version'));
  if (version === null) throw new AppError('VALIDATION_FAILED', { message: 'The form is missing the claim version. Reload the page.' });
  return version;
}

function correctionFrom(body: unknown): ClaimCorrection {
  const actor = textField(body, 'actorId');
  return {
    kind: textField(body, 'kind'),
    start: optionalInt(body, 'start') ?? Number.NaN,
    end: optionalInt(body, 'end') ?? Number.NaN,
    speakerStart: optionalInt(body, 'speakerStart'),
    speakerEnd: optionalInt(body, 'speakerEnd'),
    cueStart: optionalInt(body, 'cueStart'),
    cueEnd: optionalInt(body, 'cueEnd'),
    actorId: actor === '' ? null : (positiveIntParam(actor) ?? -1),
    party: textField(body, 'party'),
    via: textField(body, 'via').split(/[,→>]/).map((key) => key.trim()).filter(Boolean),
  };
}

function renderConflict(req: Request, res: Response, result: Parameters<typeof presentClaimConflict>[2], attempted: Parameters<typeof presentClaimConflict>[3]): void {
  const editable = loadedEditableClaim(req.editableClaim);
  const actorNames = new Map(editable.actors.map((actor) => [actor.id, actor.name]));
  const conflict = presentClaimConflict(editable.claim.id, editable.claim.article.text, result, attempted, actorNames);
  res.status(409).render('pages/editor/claim-conflict', { page: { title: `Conflict on claim #${conflict.id}` }, conflict });
}

/** POST /claims/:id/edit: saves a correction, or shows the conflict page (409) when someone else saved first. */
export function saveClaimEdit(db: Database): RequestHandler {
  return async (req, res) => {
    const editable = loadedEditableClaim(req.editableClaim);
    const correction = correctionFrom(req.body);
    try {
      const result = await correctClaim(db, { claimId: editable.claim.id, expectedVersion: expectedVersion(req), userId: signedIn(req).id, correction });
      if (result.status === 'conflict') return renderConflict(req, res, result.current, result.attempted);
      res.redirect(303, `/claims/${editable.claim.id}/edit?done=${result.status === 'updated' ? 'saved' : 'unchanged'}`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
        return render(req, res, { attempted: correction, error: { message: error.message, details: error.details } }, 400);
      }
      throw error;
    }
  };
}

/** POST /claims/:id/confirm and /claims/:id/reject. */
export function decideClaim(db: Database, decision: ReviewDecision): RequestHandler {
  return async (req, res) => {
    const editable = loadedEditableClaim(req.editableClaim);
    const result = await reviewClaim(db, { claimId: editable.claim.id, expectedVersion: expectedVersion(req), userId: signedIn(req).id, decision });
    if (result.status === 'conflict') return renderConflict(req, res, result.current, { decision });
    res.redirect(303, `/claims/${editable.claim.id}/edit?done=${decision === 'confirm' ? 'confirmed' : 'rejected'}`);
  };
}

/** POST /claims/:id/relations: links this claim to another (same article from the list, or any claim by number). */
export function addRelation(db: Database): RequestHandler {
  return async (req, res) => {
    const editable = loadedEditableClaim(req.editableClaim);
    const other = positiveIntParam(textField(req.body, 'otherId')) ?? positiveIntParam(textField(req.body, 'toId'));
    try {
      if (other === null) throw new AppError('VALIDATION_FAILED', { message: 'Choose the other claim.' });
      const incoming = textField(req.body, 'direction') === 'incoming';
      await addClaimRelation(db, {
        fromId: incoming ? other : editable.claim.id,
        toId: incoming ? editable.claim.id : other,
        type: textField(req.body, 'type'),
        userId: signedIn(req).id,
      });
      res.redirect(303, `/claims/${editable.claim.id}/edit?done=linked#relations`);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'VALIDATION_FAILED' || error.code === 'CLAIM_NOT_FOUND')) {
        return render(req, res, { error: { message: error.message, details: error.details } }, error.status);
      }
      throw error;
    }
  };
}

/** POST /claims/:id/relations/:relationId/delete */
export function removeRelation(db: Database): RequestHandler {
  return async (req, res) => {
    const editable = loadedEditableClaim(req.editableClaim);
    const relationId = positiveIntParam(req.params.relationId);
    const belongs = [...editable.claim.relationsFrom, ...editable.claim.relationsTo].some((relation) => relation.id === relationId);
    if (relationId === null || !belongs) throw new AppError('RELATION_NOT_FOUND');
    await removeClaimRelation(db, { relationId, userId: signedIn(req).id });
    res.redirect(303, `/claims/${editable.claim.id}/edit?done=unlinked#relations`);
  };
}
