import type { RequestHandler } from 'express';
import { AppError } from '../../errors.js';

/** Placed after every route: whatever reaches it does not exist. */
export const notFound: RequestHandler = (_req, _res, next) => {
  next(new AppError('NOT_FOUND'));
};
