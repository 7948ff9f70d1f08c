import type { Database } from '../db/open-database.js';
import { Prisma } from '../generated/prisma/client.js';
import { articleConditions } from '../search/search-sql.js';
import type { ClaimFilters } from './claim-filters.js';

/** Which claims a list shows: claims `c` of articles `a`. */
export interface ClaimRowScope {
  /** The party filter applies to the claim's party unless `claimWhere` replaces it (see {@link claimConditions}). */
  filters: ClaimFilters;
  /** Only this actor's claims. */
  actorId?: number;
  /** Further conditions on the claim `c` alone (e.g. "is disputed"). */
  claimWhere?: Prisma.Sql;
}

/**
 * How {@link findClaimIds} finds a page: `walk` follows the articles newest
 * first and stops after the page (for lists holding a good share of all
 * claims); `narrow` takes every selected claim by its own index and sorts
 * them (for few claims: a party's, an actor's, the disputed ones).
 */
export type ClaimPageStrategy = 'walk' | 'narrow';

/** The scope's conditions on the claim `c` alone: party, actor, `claimWhere`. */
export function claimConditions(scope: ClaimRowScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (scope.filters.party) parts.push(Prisma.sql`c.party_id = (SELECT p.id FROM parties p WHERE p.key = ${scope.filters.party})`);
  if (scope.actorId !== undefined) parts.push(Prisma.sql`c.actor_id = ${scope.actorId}`);
  if (scope.claimWhere) parts.push(scope.claimWhere);
  return Prisma.join(parts, ' AND ');
}

/**
 * Ids of one page of claims in list order (the article's publication date,
 * newest first and undated last, then article id descending, then text
 * order: start, then id), and with `narrow` the number of claims in
 * the scope (null when the page is past the end).
 *
 * `walk`: PostgreSQL cannot follow the ascending `articles (published_at,
 * id)` index in the order "DESC NULLS LAST", so dated and undated articles
 * are two walks backwards along an index, each stopping after `skip + take`
 * claims (looked up per article, `OFFSET 0` keeping the planner from
 * scanning all claims instead), merged after. `narrow`: the selected claims
 * are materialised first (the planner cannot know how few a party has), then
 * their articles looked up one by one (not a hash of every article) and
 * sorted.
 */
export async function findClaimIds(db: Database, scope: ClaimRowScope, window: { skip: number; take: number }, strategy: ClaimPageStrategy): Promise<{ ids: number[]; total: number | null }> {
  const claimWhere = claimConditions(scope);
  const articleWhere = articleConditions(scope.filters);
  if (strategy === 'narrow') {
    const rows = await db.prisma.$queryRaw<{ id: number; total: number }[]>`
      WITH c AS MATERIALIZED (SELECT c.id, c.article_id, c.start FROM claims c WHERE ${claimWhere})
      SELECT c.id, (count(*) OVER ())::int AS total
      FROM c CROSS JOIN LATERAL (SELECT a.id, a.published_at FROM articles a WHERE a.id = c.article_id AND ${articleWhere} OFFSET 0) a
      ORDER BY a.published_at DESC NULLS LAST, a.id DESC, c.start, c.id
      LIMIT ${window.take} OFFSET ${window.skip}`;
    return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? null };
  }
  const enough = window.skip + window.take;
  const undated = !scope.filters.from && !scope.filters.to;
  const rows = await db.prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM (
      (SELECT c.id, a.published_at, a.id AS article_id, c.start
       FROM articles a CROSS JOIN LATERAL (SELECT c.id, c.start FROM claims c WHERE c.article_id = a.id AND ${claimWhere} OFFSET 0) c
       WHERE a.published_at IS NOT NULL AND ${articleWhere}
       ORDER BY a.published_at DESC, a.id DESC, c.start, c.id
       LIMIT ${enough})
      UNION ALL
      (SELECT c.id, NULL::timestamptz, a.id, c.start
       FROM articles a CROSS JOIN LATERAL (SELECT c.id, c.start FROM claims c WHERE c.article_id = a.id AND ${claimWhere} OFFSET 0) c
       WHERE a.published_at IS NULL AND ${undated ? Prisma.sql`TRUE` : Prisma.sql`FALSE`} AND ${articleWhere}
       ORDER BY a.id DESC, c.start, c.id
       LIMIT ${enough})
    ) page
    ORDER BY published_at DESC NULLS LAST, article_id DESC, start, id
    LIMIT ${window.take} OFFSET ${window.skip}`;
  return { ids: rows.map((row) => row.id), total: null };
}

/** How many claims the scope selects (articles joined only when an article filter is set). */
export async function countClaimRows(db: Database, scope: ClaimRowScope): Promise<number> {
  const { filters } = scope;
  const byArticle = filters.article !== undefined || filters.language !== undefined || filters.from !== undefined || filters.to !== undefined;
  const rows = byArticle
    ? await db.prisma.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${claimConditions(scope)} AND ${articleConditions(filters)}`
    : await db.prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM claims c WHERE ${claimConditions(scope)}`;
  return rows[0]?.total ?? 0;
}
