import type { ErrorRequestHandler, Request } from 'express';
import { toAppError } from '../../errors.js';
import { presentError } from '../presenters/present-error.js';

/** API clients get JSON; everyone else gets a page. */
function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/');
}

/**
 * The one place where errors become responses: the status comes from the
 * error's declared code; readers never see stack traces or internal messages.
 */
export const errorHandler: ErrorRequestHandler = (error, req, res, next) => {
  const appError = toAppError(error);
  if (appError.status >= 500) req.log.error({ err: error, code: appError.code }, 'request failed');
  else req.log.debug({ code: appError.code }, appError.message);
  if (res.headersSent) {
    next(error);
    return;
  }
  const view = presentError(appError);
  res.status(view.status);
  if (view.status === 503) res.set('Retry-After', '30');
  if (wantsJson(req)) res.json({ error: { code: view.code, message: view.message, details: view.details } });
  else res.render('pages/error', { page: { title: view.title }, error: view });
};
