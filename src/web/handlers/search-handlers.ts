import type { RequestHandler } from 'express';
import type { Database } from '../../db/open-database.js';
import { searchArticles } from '../../search/search-articles.js';
import { searchClaims } from '../../search/search-claims.js';
import { presentClaimJson, presentPaginationJson } from '../presenters/present-api.js';
import { presentClaimSummary } from '../presenters/present-claim-summary.js';
import { presentDate } from '../presenters/present-date.js';
import { presentMarked } from '../presenters/present-marked.js';
import { presentPagination } from '../presenters/present-pagination.js';
import { parseSearchQuery } from '../queries/parse-list-query.js';
import { loadFilterForm } from './reader-context.js';

/** `/search?q=`: claims and articles matching the words, with the filters; both lists share the page number. */
export function showSearchPage(db: Database): RequestHandler {
  return async (req, res) => {
    const query = parseSearchQuery(req.query);
    const filters = await loadFilterForm(db, req, query.filters, query.q);
    if (query.q === '') {
      res.render('pages/search', { page: { title: 'Search' }, filters, results: null });
      return;
    }
    const [claims, articles] = await Promise.all([searchClaims(db, query), searchArticles(db, query)]);
    const larger = claims.total >= articles.total ? claims : articles;
    res.render('pages/search', {
      page: { title: `Search: ${query.q}` },
      filters,
      results: {
        claims: claims.items.map((hit) => ({ ...presentClaimSummary(hit.claim), marked: presentMarked(hit.marked) })),
        claimTotal: claims.total,
        claimCapped: claims.capped,
        articles: articles.items.map((hit) => ({
          href: `/articles/${hit.id}`,
          title: presentMarked(hit.markedTitle),
          excerpt: presentMarked(hit.excerpt),
          outlet: hit.outlet,
          lang: hit.language ?? '',
          date: presentDate(hit.publishedAt),
        })),
        articleTotal: articles.total,
        articleCapped: articles.capped,
        pagination: presentPagination(larger, '/search', filters.query),
      },
    });
  };
}

/** `/api/search?q=`: matching claims and articles as JSON with the matched words of each. */
export function searchJson(db: Database): RequestHandler {
  return async (req, res) => {
    const query = parseSearchQuery(req.query);
    if (query.q === '') {
      res.json({ q: '', claims: [], articles: [], pagination: { claims: presentPaginationJson({ items: [], total: 0, page: 1, pageSize: query.pageSize }) } });
      return;
    }
    const [claims, articles] = await Promise.all([searchClaims(db, query), searchArticles(db, query)]);
    const highlights = (marked: string) => presentMarked(marked).filter((piece) => piece.match).map((piece) => piece.text);
    res.json({
      q: query.q,
      claims: claims.items.map((hit) => ({ ...presentClaimJson(hit.claim), matches: highlights(hit.marked) })),
      articles: articles.items.map((hit) => ({
        id: hit.id,
        href: `/articles/${hit.id}`,
        title: hit.title,
        outlet: hit.outlet,
        language: hit.language,
        publishedAt: hit.publishedAt?.toISOString() ?? null,
        excerpt: presentMarked(hit.excerpt).map((piece) => piece.text).join(''),
        matches: highlights(hit.excerpt),
      })),
      pagination: { claims: { ...presentPaginationJson(claims), capped: claims.capped }, articles: { ...presentPaginationJson(articles), capped: articles.capped } },
    });
  };
}
