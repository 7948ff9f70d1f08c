import type { PrismaClient } from '../generated/prisma/client.js';

/** One full-text hit: an article id and its rank (higher is better). */
export interface ArticleHit {
  id: number;
  rank: number;
}

/**
 * Full-text search over article titles and texts (the generated
 * `search_vector`: German articles stemmed as German, English as English).
 * `query` uses web-search syntax ("Vorwürfe Pentagon", "\"exact phrase\"",
 * "-excluded", "a or b"); it is parsed with the German, English and simple
 * configurations and any of them may match, so one box serves both
 * languages. Best hits first; an empty query finds nothing.
 */
export async function searchArticleIds(prisma: PrismaClient, query: string, options: { limit?: number } = {}): Promise<ArticleHit[]> {
  const text = query.trim();
  if (text === '') return [];
  const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
  const rows = await prisma.$queryRaw<{ id: number; rank: number }[]>`
    WITH q AS (
      SELECT websearch_to_tsquery('german', ${text}) || websearch_to_tsquery('english', ${text})
             || websearch_to_tsquery('simple', ${text}) AS query
    )
    SELECT a.id, ts_rank(a.search_vector, q.query)::float8 AS rank
    FROM articles a, q
    WHERE a.search_vector @@ q.query
    ORDER BY rank DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ id: Number(row.id), rank: Number(row.rank) }));
}
