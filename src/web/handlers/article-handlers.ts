import type { RequestHandler } from 'express';
import { loadedArticle } from '../loaders/load-article.js';
import { presentArticle } from '../presenters/present-article.js';

/** The article page: text in paragraphs with its claims highlighted. */
export const showArticlePage: RequestHandler = (req, res) => {
  const article = presentArticle(loadedArticle(req.article));
  res.render('pages/article', { page: { title: article.title }, article });
};

/** JSON of one article with its claims, as the page presents it. */
export const showArticleJson: RequestHandler = (req, res) => {
  const { paragraphs: _segments, parties, ...article } = presentArticle(loadedArticle(req.article));
  // Parties list their claims by id: the claims themselves are in `claims`.
  res.json({ article: { ...article, parties: parties.map(({ claims, ...party }) => ({ ...party, claimIds: claims.map((claim) => claim.id) })) } });
};
