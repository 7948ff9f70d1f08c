import { pageWindow, type ClaimFilters, type Paging } from '../claims/claim-filters.js';
import type { Database } from '../db/open-database.js';
import { Prisma } from '../generated/prisma/client.js';
import { ARTICLE_CONFIG, MATCH_END, MATCH_START, SEARCH_LIMIT, articleConditions, type SearchPage } from './search-sql.js';

/** An article found by a search: title and excerpts with matches wrapped in MATCH_START/MATCH_END. */
export interface ArticleHit {
  id: number;
  title: string;
  outlet: string | null;
  language: string | null;
  publishedAt: Date | null;
  markedTitle: string;
  excerpt: string;
}

type HitRow = { id: number; title: string; outlet: string | null; language: string | null; published_at: Date | null; marked_title: string; excerpt: string; total: number };

/**
 * Full-text search over articles (the generated `search_vector`, stemmed by
 * the article's language), combined with the filters (party: the article
 * has a claim of the party); best matches first among the first
 * {@link SEARCH_LIMIT} matches. One query: each language's matches come from
 * the GIN index with that language's parse of the words (a per-row parse
 * could not use the index), the matches are ranked, and only the page's
 * rows get their excerpts.
 */
export async function searchArticles(db: Database, options: Paging & { q: string; filters: ClaimFilters }): Promise<SearchPage<ArticleHit>> {
  const { q, filters } = options;
  const { skip, take } = pageWindow(options);
  const party = filters.party
    ? Prisma.sql`EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.party_id = (SELECT p.id FROM parties p WHERE p.key = ${filters.party}))`
    : Prisma.sql`TRUE`;
  const conditions = Prisma.sql`${party} AND ${articleConditions(filters)}`;
  const marks = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
  const rows = await db.prisma.$queryRaw<HitRow[]>`
    WITH ${matchesCte(q, conditions)},
    page AS (
      SELECT a.id, ts_rank(a.search_vector, CASE a.language WHEN 'de' THEN q.de WHEN 'en' THEN q.en ELSE q.other END) AS rank
      FROM (SELECT id FROM matches LIMIT ${SEARCH_LIMIT}) m JOIN articles a ON a.id = m.id, q
      ORDER BY rank DESC, a.id DESC
      LIMIT ${take} OFFSET ${skip}
    )
    SELECT a.id, a.title, a.outlet, a.language, a.published_at,
           ts_headline(${ARTICLE_CONFIG}, a.title, websearch_to_tsquery(${ARTICLE_CONFIG}, ${q}), ${`${marks}, HighlightAll=true`}) AS marked_title,
           ts_headline(${ARTICLE_CONFIG}, a.text, websearch_to_tsquery(${ARTICLE_CONFIG}, ${q}), ${`${marks}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … `}) AS excerpt,
           (SELECT count(*) FROM matches)::int AS total
    FROM page JOIN articles a ON a.id = page.id
    ORDER BY page.rank DESC, a.id DESC`;
  const counted = rows[0]?.total ?? (skip > 0 ? await countMatches(db, q, conditions) : 0);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    language: row.language,
    publishedAt: row.published_at,
    markedTitle: row.marked_title,
    excerpt: row.excerpt,
  }));
  return { items, total: Math.min(counted, SEARCH_LIMIT), capped: counted > SEARCH_LIMIT, page: options.page, pageSize: options.pageSize };
}

/** The number of matches (up to SEARCH_LIMIT + 1), for a page past the last. */
async function countMatches(db: Database, q: string, conditions: Prisma.Sql): Promise<number> {
  const rows = await db.prisma.$queryRaw<{ total: number }[]>`WITH ${matchesCte(q, conditions)} SELECT count(*)::int AS total FROM matches`;
  return rows[0]?.total ?? 0;
}

/**
 * CTEs `q` (the words parsed as German, English and simple) and `matches`
 * (ids of up to SEARCH_LIMIT + 1 matching articles): each language's matches
 * from the GIN index with that language's parse, as the article's
 * `search_vector` was stemmed.
 */
function matchesCte(q: string, conditions: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`q AS (
      SELECT websearch_to_tsquery('german', ${q}) AS de, websearch_to_tsquery('english', ${q}) AS en, websearch_to_tsquery('simple', ${q}) AS other
    ),
    matches AS MATERIALIZED (
      SELECT id FROM (
        (SELECT a.id FROM articles a, q WHERE a.search_vector @@ q.de AND a.language = 'de' AND ${conditions})
        UNION ALL
        (SELECT a.id FROM articles a, q WHERE a.search_vector @@ q.en AND a.language = 'en' AND ${conditions})
        UNION ALL
        (SELECT a.id FROM articles a, q WHERE a.search_vector @@ q.other AND a.language IS DISTINCT FROM 'de' AND a.language IS DISTINCT FROM 'en' AND ${conditions})
      ) m
      LIMIT ${SEARCH_LIMIT + 1}
    )`;
}
