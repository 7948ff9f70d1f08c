import type { Database } from '../db/open-database.js';
import { DEMO_ARTICLE, readDemoText } from '../demo/demo-article.js';
import type { IngestArticleResult } from './ingest-article.js';
import { ingestArticle } from './ingest-article.js';

/**
 * Loads the demo article when the database holds no article yet (first start);
 * returns what was stored, or null when articles already exist.
 */
export async function loadDemoArticle(db: Database, options: { maxBytes: number }): Promise<IngestArticleResult | null> {
  if ((await db.prisma.article.count()) > 0) return null;
  return ingestArticle(db, {
    title: DEMO_ARTICLE.title,
    outlet: DEMO_ARTICLE.outlet,
    publishedAt: DEMO_ARTICLE.publishedAt,
    text: readDemoText(),
    maxBytes: options.maxBytes,
  });
}
