import { Prisma } from '../generated/prisma/client.js';
import type { ClaimFilters, PageOf } from '../claims/claim-filters.js';

/** Marks put around matches by ts_headline; control characters never occur in stored text, and are escaped away before HTML. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** The text-search configuration of an article's language (`a` is the articles alias). */
export const ARTICLE_CONFIG = Prisma.sql`(CASE a.language WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END)`;

/**
 * At most this many matches are ranked (best first) and paged through; a
 * search matching more says so ("1000+"). Ranking reads every ranked row's
 * search vector, so ranking every match of a common word cost seconds at
 * 20,000 articles.
 */
export const SEARCH_LIMIT = 1000;

/** A page of search hits; `total` counts at most {@link SEARCH_LIMIT} matches and `capped` says there are more. */
export interface SearchPage<T> extends PageOf<T> {
  capped: boolean;
}

const DAY_MS = 86_400_000;

/** True when a filter applies to the article (id, language, dates). */
export function hasArticleConditions(filters: ClaimFilters): boolean {
  return filters.article !== undefined || filters.language !== undefined || filters.from !== undefined || filters.to !== undefined;
}

/** SQL conditions for the article filters on alias `a` (always true when none is set). */
export function articleConditions(filters: ClaimFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.article !== undefined) parts.push(Prisma.sql`a.id = ${filters.article}`);
  if (filters.language) parts.push(Prisma.sql`a.language = ${filters.language}`);
  if (filters.from) parts.push(Prisma.sql`a.published_at >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`a.published_at < ${new Date(filters.to.getTime() + DAY_MS)}`);
  return Prisma.join(parts, ' AND ');
}
