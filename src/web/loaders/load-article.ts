import type { RequestHandler } from 'express';
import { getArticle, type ArticleWithClaims } from '../../articles/get-article.js';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by {@link loadArticle} for routes with an `:id` of an article. */
    article?: ArticleWithClaims;
  }
}

/** Loads the article named by `:id` into `req.article`, or passes ARTICLE_NOT_FOUND on. */
export function loadArticle(db: Database): RequestHandler<{ id: string }> {
  return async (req, _res, next) => {
    const id = /^[1-9]\d{0,9}$/.test(req.params.id) ? Number(req.params.id) : NaN;
    if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new AppError('ARTICLE_NOT_FOUND');
    req.article = await getArticle(db, { id });
    next();
  };
}

/** The article a loader put on the request (a programming error when missing). */
export function loadedArticle(article: ArticleWithClaims | undefined): ArticleWithClaims {
  if (!article) throw new Error('loadArticle must run before this handler');
  return article;
}
