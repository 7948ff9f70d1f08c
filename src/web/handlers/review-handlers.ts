import type { RequestHandler } from 'express';
import { findReviewQueue } from '../../claims/find-review-queue.js';
import type { Database } from '../../db/open-database.js';
import { presentReviewQueue } from '../presenters/present-review-queue.js';
import { positiveIntParam } from './form-values.js';

const PAGE_SIZE = 25;

/** GET /review: claims waiting for an editor, lowest confidence first. */
export function showReviewQueue(db: Database): RequestHandler {
  return async (req, res) => {
    const articleId = positiveIntParam(req.query.article);
    const unsourcedOnly = req.query.unsourced === '1';
    const page = positiveIntParam(req.query.page) ?? 1;
    const queue = await findReviewQueue(db, { articleId: articleId ?? undefined, unsourcedOnly, page, pageSize: PAGE_SIZE });
    const review = presentReviewQueue(queue, { articleId, unsourcedOnly, page, pageSize: PAGE_SIZE });
    res.render('pages/editor/review', { page: { title: 'Review' }, review });
  };
}
