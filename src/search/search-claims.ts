import { pageWindow, type ClaimFilters, type Paging } from '../claims/claim-filters.js';
import { findClaimSummaries, type ClaimSummary } from '../claims/claim-summary.js';
import type { Database } from '../db/open-database.js';
import { Prisma } from '../generated/prisma/client.js';
import { ARTICLE_CONFIG, MATCH_END, MATCH_START, SEARCH_LIMIT, articleConditions, hasArticleConditions, type SearchPage } from './search-sql.js';

/** A claim found by a search, with its text where matches are wrapped in MATCH_START/MATCH_END. */
export interface ClaimHit {
  claim: ClaimSummary;
  marked: string;
}

/**
 * Full-text search over claims: the generated, GIN-indexed `search_vector`
 * (German and English stems) against the words parsed with both
 * configurations (`websearch_to_tsquery` syntax), combined with the filters;
 * best matches first among the first {@link SEARCH_LIMIT} matches. Matches
 * are marked with the article language's configuration, for the page's
 * claims only.
 */
export async function searchClaims(db: Database, options: Paging & { q: string; filters: ClaimFilters }): Promise<SearchPage<ClaimHit>> {
  const { q, filters } = options;
  const { skip, take } = pageWindow(options);
  const party = filters.party ? Prisma.sql`c.party_id = (SELECT p.id FROM parties p WHERE p.key = ${filters.party})` : Prisma.sql`TRUE`;
  const article = hasArticleConditions(filters)
    ? Prisma.sql`EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id AND ${articleConditions(filters)})`
    : Prisma.sql`TRUE`;
  const matches = Prisma.sql`
    s AS (SELECT websearch_to_tsquery('german', ${q}) || websearch_to_tsquery('english', ${q}) AS query),
    matches AS MATERIALIZED (
      SELECT c.id FROM claims c, s
      WHERE c.search_vector @@ s.query AND c.status <> 'rejected' AND ${party} AND ${article}
      LIMIT ${SEARCH_LIMIT + 1}
    )`;
  const options_ = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
  const rows = await db.prisma.$queryRaw<{ id: number; marked: string; total: number }[]>`
    WITH ${matches},
    page AS (
      SELECT c.id, ts_rank(c.search_vector, s.query) AS rank
      FROM (SELECT id FROM matches LIMIT ${SEARCH_LIMIT}) m JOIN claims c ON c.id = m.id, s
      ORDER BY rank DESC, c.id
      LIMIT ${take} OFFSET ${skip}
    )
    SELECT c.id, ts_headline(${ARTICLE_CONFIG}, c.text, websearch_to_tsquery(${ARTICLE_CONFIG}, ${q}), ${options_}) AS marked,
           (SELECT count(*) FROM matches)::int AS total
    FROM page JOIN claims c ON c.id = page.id JOIN articles a ON a.id = c.article_id
    ORDER BY page.rank DESC, c.id`;
  const counted = rows[0]?.total ?? (skip > 0 ? (await db.prisma.$queryRaw<{ total: number }[]>`WITH ${matches} SELECT count(*)::int AS total FROM matches`)[0]?.total ?? 0 : 0);
  const claims = await findClaimSummaries(db, rows.map((row) => row.id));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const items = rows.flatMap((row) => {
    const claim = byId.get(row.id);
    return claim ? [{ claim, marked: row.marked }] : [];
  });
  return { items, total: Math.min(counted, SEARCH_LIMIT), capped: counted > SEARCH_LIMIT, page: options.page, pageSize: options.pageSize };
}
