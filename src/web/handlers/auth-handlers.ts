import type { Request, RequestHandler, Response } from 'express';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';
import { authenticateUser } from '../../users/authenticate-user.js';
import { recordAudit } from '../../audit/record-audit.js';

/** Where to go after signing in: only a path on this site. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/review';
}

/** Renders the login form with an optional error message and status. */
export function renderLoginForm(req: Request, res: Response, options: { status?: number; error?: string } = {}): void {
  const body = req.body as Record<string, unknown> | undefined;
  res.status(options.status ?? 200).render('pages/login', {
    page: { title: 'Sign in' },
    form: {
      login: typeof body?.login === 'string' ? body.login : '',
      next: safeNext(body?.next ?? req.query.next),
      error: options.error ?? null,
    },
  });
}

/** GET /login. Already signed in: go on. */
export const showLogin: RequestHandler = (req, res) => {
  if (req.viewer) return res.redirect(303, safeNext(req.query.next));
  renderLoginForm(req, res);
};

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error: unknown) => (error ? reject(error) : resolve())));
}

function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error: unknown) => (error ? reject(error) : resolve())));
}

/** POST /login: checks the password, then starts a new session (new id against fixation). */
export function login(db: Database): RequestHandler {
  return async (req, res) => {
    const body = req.body as Record<string, unknown>;
    try {
      const user = await authenticateUser(db, {
        login: typeof body.login === 'string' ? body.login : '',
        password: typeof body.password === 'string' ? body.password : '',
      });
      await regenerate(req);
      req.session.userId = user.id;
      await save(req);
      await recordAudit(db.prisma, { userId: user.id, entityType: 'user', entityId: user.id, action: 'login' });
      res.redirect(303, safeNext(body.next));
    } catch (error) {
      if (error instanceof AppError && error.code === 'LOGIN_FAILED') return renderLoginForm(req, res, { status: 401, error: error.message });
      throw error;
    }
  };
}

/** POST /logout: ends the session and deletes it from the store. */
export const logout: RequestHandler = async (req, res) => {
  await new Promise<void>((resolve, reject) => req.session.destroy((error: unknown) => (error ? reject(error) : resolve())));
  res.clearCookie('claimtrail.sid', { path: '/' });
  res.redirect(303, '/');
};
