import type { Request, RequestHandler } from 'express';
import type { ActorValues } from '../../actors/actor-values.js';
import { createActor } from '../../actors/create-actor.js';
import { findActors } from '../../actors/find-actors.js';
import { getEditableActor } from '../../actors/get-editable-actor.js';
import { mergeActors } from '../../actors/merge-actors.js';
import { updateActor } from '../../actors/update-actor.js';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';
import { signedIn } from '../auth/require-role.js';
import { presentActorEdit, presentActorList } from '../presenters/present-actor-admin.js';
import { positiveIntParam, textField } from './form-values.js';

const NOTICES: Record<string, string> = { saved: 'Actor saved.', created: 'Actor created.', merged: 'Actors merged: aliases and claims moved here.' };

function valuesFrom(body: unknown): ActorValues {
  const raw = (body as Record<string, unknown> | undefined)?.aliases;
  return {
    name: textField(body, 'name'),
    kind: textField(body, 'kind'),
    party: textField(body, 'party'),
    aliases: (typeof raw === 'string' ? raw : '').split(/\r?\n/).map((alias) => alias.trim()).filter(Boolean),
  };
}

function actorId(req: Request): number {
  const id = positiveIntParam(req.params.id);
  if (id === null) throw new AppError('ACTOR_NOT_FOUND');
  return id;
}

async function parties(db: Database) {
  return db.prisma.party.findMany({ orderBy: { name: 'asc' }, select: { key: true, name: true } });
}

/** GET /actors: every actor, with forms to create one and to merge duplicates. */
export function listActors(db: Database): RequestHandler {
  return async (_req, res) => {
    const view = presentActorList(await findActors(db), await parties(db));
    res.render('pages/editor/actors', { page: { title: 'Actors' }, view });
  };
}

/** POST /actors: creates an actor. */
export function addActor(db: Database): RequestHandler {
  return async (req, res) => {
    const values = valuesFrom(req.body);
    try {
      const actor = await createActor(db, { values, userId: signedIn(req).id });
      res.redirect(303, `/actors/${actor.id}/edit?done=created`);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error;
      const view = presentActorList(await findActors(db), await parties(db), { values, error: { message: error.message, details: error.details } });
      res.status(400).render('pages/editor/actors', { page: { title: 'Actors' }, view });
    }
  };
}

/** GET /actors/:id/edit */
export function showActorEdit(db: Database): RequestHandler {
  return async (req, res) => {
    const notice = typeof req.query.done === 'string' ? NOTICES[req.query.done] : undefined;
    const actor = presentActorEdit(await getEditableActor(db, { id: actorId(req) }), { notice });
    res.render('pages/editor/actor-edit', { page: { title: `Edit ${actor.name}` }, actor });
  };
}

/** POST /actors/:id/edit: saves name, kind, party and aliases (409 when someone else saved first). */
export function saveActorEdit(db: Database): RequestHandler {
  return async (req, res) => {
    const id = actorId(req);
    const values = valuesFrom(req.body);
    const expectedVersion = positiveIntParam(textField(req.body, 'version'));
    try {
      if (expectedVersion === null) throw new AppError('VALIDATION_FAILED', { message: 'The form is missing the actor version. Reload the page.' });
      await updateActor(db, { actorId: id, expectedVersion, values, userId: signedIn(req).id });
      res.redirect(303, `/actors/${id}/edit?done=saved`);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'VALIDATION_FAILED' && error.code !== 'VERSION_CONFLICT')) throw error;
      const actor = presentActorEdit(await getEditableActor(db, { id }), { values, error: { message: error.message, details: error.details } });
      res.status(error.status).render('pages/editor/actor-edit', { page: { title: `Edit ${actor.name}` }, actor });
    }
  };
}

/** POST /actors/merge: merges the duplicate into the survivor. */
export function mergeActor(db: Database): RequestHandler {
  return async (req, res) => {
    const duplicateId = positiveIntParam(textField(req.body, 'duplicateId'));
    const survivorId = positiveIntParam(textField(req.body, 'survivorId'));
    if (duplicateId === null || survivorId === null) throw new AppError('VALIDATION_FAILED', { message: 'Choose both actors to merge.' });
    await mergeActors(db, { survivorId, duplicateId, userId: signedIn(req).id });
    res.redirect(303, `/actors/${survivorId}/edit?done=merged`);
  };
}
