import type { RequestHandler } from 'express';
import { reextractArticle } from '../../articles/reextract-article.js';
import type { Database } from '../../db/open-database.js';
import { signedIn } from '../auth/require-role.js';
import { loadedArticle } from '../loaders/load-article.js';

/** POST /articles/:id/reextract: re-runs extraction, keeping editors' work; back to the article's review queue. */
export function reextract(db: Database): RequestHandler {
  return async (req, res) => {
    const article = loadedArticle(req.article);
    const result = await reextractArticle(db, { articleId: article.id, userId: signedIn(req).id });
    req.log.info({ articleId: article.id, ...result }, 'article re-extracted');
    res.redirect(303, `/review?article=${article.id}`);
  };
}
