import type { RequestHandler } from 'express';
import { findArticles } from '../../articles/find-articles.js';
import type { Database } from '../../db/open-database.js';
import { loadedArticle } from '../loaders/load-article.js';
import { presentArticle } from '../presenters/present-article.js';
import { presentArticleList } from '../presenters/present-article-list.js';

/** Front page: the list of articles. */
export function listArticlesPage(db: Database): RequestHandler {
  return async (_req, res) => {
    const articles = presentArticleList(await findArticles(db));
    res.render('pages/home', { page: { title: null }, articles });
  };
}

/** The article page: text in paragraphs with its claims highlighted. */
export const showArticlePage: RequestHandler = (req, res) => {
  const article = presentArticle(loadedArticle(req.article));
  res.render('pages/article', { page: { title: article.title }, article });
};

/** JSON list of articles. */
export function listArticlesJson(db: Database): RequestHandler {
  return async (_req, res) => {
    res.json({ articles: presentArticleList(await findArticles(db)) });
  };
}

/** JSON of one article with its claims, as the page presents it. */
export const showArticleJson: RequestHandler = (req, res) => {
  const { paragraphs: _segments, ...article } = presentArticle(loadedArticle(req.article));
  res.json({ article });
};
