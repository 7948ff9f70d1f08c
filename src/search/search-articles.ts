import { pageWindow, type ClaimFilters, type PageOf, type Paging } from '../claims/claim-filters.js';
import type { Database } from '../db/open-database.js';
import { Prisma } from '../generated/prisma/client.js';
import { ARTICLE_CONFIG, MATCH_END, MATCH_START, articleConditions } from './search-sql.js';

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

/**
 * Full-text search over articles (the generated `search_vector`, stemmed by
 * the article's language), combined with the filters (party: the article
 * has a claim of the party); best matches first.
 */
export async function searchArticles(db: Database, options: Paging & { q: string; filters: ClaimFilters }): Promise<PageOf<ArticleHit>> {
  const { q, filters } = options;
  const { skip, take } = pageWindow(options);
  const party = filters.party
    ? Prisma.sql`EXISTS (SELECT 1 FROM claims c JOIN parties p ON p.id = c.party_id WHERE c.article_id = a.id AND p.key = ${filters.party})`
    : Prisma.sql`TRUE`;
  const from = Prisma.sql`
    FROM articles a
    CROSS JOIN LATERAL (SELECT websearch_to_tsquery(${ARTICLE_CONFIG}, ${q}) AS query) s
    WHERE a.search_vector @@ s.query AND ${party} AND ${articleConditions(filters)}`;
  const marks = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
  const [rows, counted] = await Promise.all([
    db.prisma.$queryRaw<{ id: number; title: string; outlet: string | null; language: string | null; published_at: Date | null; marked_title: string; excerpt: string }[]>`
      SELECT a.id, a.title, a.outlet, a.language, a.published_at,
             ts_headline(${ARTICLE_CONFIG}, a.title, s.query, ${`${marks}, HighlightAll=true`}) AS marked_title,
             ts_headline(${ARTICLE_CONFIG}, a.text, s.query, ${`${marks}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … `}) AS excerpt
      ${from}
      ORDER BY ts_rank(a.search_vector, s.query) DESC, a.id DESC
      LIMIT ${take} OFFSET ${skip}`,
    db.prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    language: row.language,
    publishedAt: row.published_at,
    markedTitle: row.marked_title,
    excerpt: row.excerpt,
  }));
  return { items, total: counted[0]?.total ?? 0, page: options.page, pageSize: options.pageSize };
}
