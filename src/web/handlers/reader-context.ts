import type { Request } from 'express';
import { findArticles } from '../../articles/find-articles.js';
import { cachedByVersion } from '../../claims/cached-by-version.js';
import type { ClaimFilters } from '../../claims/claim-filters.js';
import type { Database } from '../../db/open-database.js';
import { findParties } from '../../parties/find-parties.js';
import { presentFilters, type FiltersView } from '../presenters/present-filters.js';

/**
 * The form's choices (parties with claim counts, the 200 newest articles),
 * reused while the data version is unchanged (see cachedByVersion): the
 * party counts aggregate every claim, 100-400 ms at 20,000 articles.
 */
function loadChoices(db: Database) {
  return cachedByVersion(db, 'filter-form-choices', () => Promise.all([findParties(db), findArticles(db, { limit: 200 })]));
}

/** The filter form of a page: the choices (parties, articles) come from the database. */
export async function loadFilterForm(db: Database, req: Request, filters: ClaimFilters, q: string | null = null): Promise<FiltersView & { articles: { id: string; title: string }[] }> {
  const [parties, articles] = await loadChoices(db);
  return {
    ...presentFilters(req.path, filters, parties, q),
    articles: articles.map((article) => ({ id: String(article.id), title: article.title })),
  };
}
