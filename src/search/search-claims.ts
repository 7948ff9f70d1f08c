import { pageWindow, type ClaimFilters, type PageOf, type Paging } from '../claims/claim-filters.js';
import { findClaimSummaries, type ClaimSummary } from '../claims/claim-summary.js';
import type { Database } from '../db/open-database.js';
import { Prisma } from '../generated/prisma/client.js';
import { ARTICLE_CONFIG, MATCH_END, MATCH_START, articleConditions } from './search-sql.js';

/** A claim found by a search, with its text where matches are wrapped in MATCH_START/MATCH_END. */
export interface ClaimHit {
  claim: ClaimSummary;
  marked: string;
}

/**
 * Full-text search over claims: the generated, GIN-indexed `search_vector`
 * (German and English stems) against the words parsed with both
 * configurations (`websearch_to_tsquery` syntax), combined with the filters;
 * best matches first. Matches are marked with the article language's
 * configuration.
 */
export async function searchClaims(db: Database, options: Paging & { q: string; filters: ClaimFilters }): Promise<PageOf<ClaimHit>> {
  const { q, filters } = options;
  const { skip, take } = pageWindow(options);
  const party = filters.party ? Prisma.sql`p.key = ${filters.party}` : Prisma.sql`TRUE`;
  const from = Prisma.sql`
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    JOIN parties p ON p.id = c.party_id
    CROSS JOIN (SELECT websearch_to_tsquery('german', ${q}) || websearch_to_tsquery('english', ${q}) AS query) s
    WHERE c.search_vector @@ s.query AND c.status::text <> 'rejected'
      AND ${party} AND ${articleConditions(filters)}`;
  const options_ = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
  const [rows, counted] = await Promise.all([
    db.prisma.$queryRaw<{ id: number; marked: string }[]>`
      SELECT c.id, ts_headline(${ARTICLE_CONFIG}, c.text, websearch_to_tsquery(${ARTICLE_CONFIG}, ${q}), ${options_}) AS marked
      ${from}
      ORDER BY ts_rank(c.search_vector, s.query) DESC, c.id
      LIMIT ${take} OFFSET ${skip}`,
    db.prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  const claims = await findClaimSummaries(db, rows.map((row) => row.id));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const items = rows.flatMap((row) => {
    const claim = byId.get(row.id);
    return claim ? [{ claim, marked: row.marked }] : [];
  });
  return { items, total: counted[0]?.total ?? 0, page: options.page, pageSize: options.pageSize };
}
