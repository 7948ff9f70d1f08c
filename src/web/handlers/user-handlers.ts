import type { RequestHandler, Response } from 'express';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';
import type { UserRole } from '../../generated/prisma/client.js';
import { changeUserRole } from '../../users/change-user-role.js';
import { createUser } from '../../users/create-user.js';
import { findUsers } from '../../users/find-users.js';
import { MIN_PASSWORD_LENGTH } from '../../users/hash-password.js';
import { signedIn } from '../auth/require-role.js';
import { presentUsers } from '../presenters/present-users.js';
import { positiveIntParam, textField } from './form-values.js';

const NOTICES: Record<string, string> = { created: 'Account created. Give the new editor their password in person.', role: 'Role changed.' };

async function renderUsers(
  db: Database,
  res: Response,
  viewerId: number,
  options: { status?: number; notice?: string; error?: { message: string; details: string[] }; values?: { email: string; name: string; role: string } } = {},
): Promise<void> {
  const view = presentUsers(await findUsers(db), { viewerId, minPassword: MIN_PASSWORD_LENGTH, ...options });
  res.status(options.status ?? 200).render('pages/editor/users', { page: { title: 'Users' }, view });
}

/** GET /users (admins): every account, a form for a new one, role changes. */
export function listUsers(db: Database): RequestHandler {
  return async (req, res) => {
    const notice = typeof req.query.done === 'string' ? NOTICES[req.query.done] : undefined;
    await renderUsers(db, res, signedIn(req).id, { notice });
  };
}

/** POST /users (admins): creates an account. */
export function addUser(db: Database): RequestHandler {
  return async (req, res) => {
    const values = { email: textField(req.body, 'email'), name: textField(req.body, 'name'), role: textField(req.body, 'role') };
    const password = typeof (req.body as Record<string, unknown>).password === 'string' ? String((req.body as Record<string, unknown>).password) : '';
    try {
      await createUser(db, { ...values, role: values.role as UserRole, password, actingUserId: signedIn(req).id });
      res.redirect(303, '/users?done=created');
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      await renderUsers(db, res, signedIn(req).id, { status: error.status, values, error: { message: error.message, details: error.details } });
    }
  };
}

/** POST /users/:id/role (admins): makes an editor an admin or the other way round. */
export function setUserRole(db: Database): RequestHandler {
  return async (req, res) => {
    const userId = positiveIntParam(req.params.id);
    if (userId === null) throw new AppError('USER_NOT_FOUND');
    try {
      await changeUserRole(db, { userId, role: textField(req.body, 'role') as UserRole, actingUserId: signedIn(req).id });
      res.redirect(303, '/users?done=role');
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error;
      await renderUsers(db, res, signedIn(req).id, { status: 400, error: { message: error.message, details: error.details } });
    }
  };
}
