import type { RequestHandler } from 'express';
import { findArticlePage } from '../../articles/find-article-page.js';
import type { Database } from '../../db/open-database.js';
import { loadedArticle } from '../loaders/load-article.js';
import { presentAnnotations } from '../presenters/present-annotations.js';
import { presentArticleJson, presentPaginationJson } from '../presenters/present-api.js';
import { presentArticleList } from '../presenters/present-article-list.js';
import { presentBaseUrl } from '../presenters/present-base-url.js';
import { presentPagination } from '../presenters/present-pagination.js';
import { parseListQuery } from '../queries/parse-list-query.js';
import { loadFilterForm } from './reader-context.js';

/** `/articles`: the articles, newest first, with the filters and pagination. */
export function listArticlePage(db: Database): RequestHandler {
  return async (req, res) => {
    const query = parseListQuery(req.query);
    const [articles, filters] = await Promise.all([findArticlePage(db, query), loadFilterForm(db, req, query.filters)]);
    res.render('pages/articles', {
      page: { title: 'Articles' },
      articles: presentArticleList(articles.items),
      filters,
      pagination: presentPagination(articles, '/articles', filters.query),
    });
  };
}

/** `/api/articles`: articles with the filters, paginated. */
export function listArticlePageJson(db: Database): RequestHandler {
  return async (req, res) => {
    const articles = await findArticlePage(db, parseListQuery(req.query));
    res.json({ articles: articles.items.map(presentArticleJson), pagination: presentPaginationJson(articles) });
  };
}

/** `/api/articles/:id/annotations`: the article's claims as W3C Web Annotations. */
export const showAnnotations: RequestHandler = (req, res) => {
  res.type('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  res.send(JSON.stringify(presentAnnotations(loadedArticle(req.article), presentBaseUrl(req))));
};
