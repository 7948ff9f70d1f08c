import { createHash } from 'node:crypto';
import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { detectLanguage, extractClaims, type ExtractionResult } from '../extract/index.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Knowledge } from '../knowledge/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadKnowledge } from './load-knowledge.js';
import { hasBinaryContent } from './read-article-file.js';
import { normalizeArticleText } from './normalize-article-text.js';
import { splitParagraphs } from './split-paragraphs.js';
import { insertArticleWithExtraction, type StoredClaim } from './store-extraction.js';

/** What an article is ingested from. */
export interface IngestArticleOptions {
  title: string;
  text: string;
  outlet?: string | null;
  url?: string | null;
  publishedAt?: Date | null;
  /** Largest accepted text in UTF-8 bytes (after normalisation). */
  maxBytes: number;
  /** Compiled world knowledge for the extractor; compiled from the database's parties and actors when absent. */
  knowledge?: Knowledge;
  /** The editor ingesting it (stored as the creator and in the audit log); null or absent for the CLI and demo. */
  userId?: number | null;
  /** An extraction of the normalised text made beforehand (bulk ingestion extracts in worker threads). */
  extraction?: ExtractionResult;
  /** Runs inside the article's transaction after its claims are stored (bulk ingestion links claims across articles). */
  afterStore?: (tx: Prisma.TransactionClient, articleId: number, stored: StoredArticle) => Promise<void>;
  /**
   * The caller looked the content hash up moments ago (bulk ingestion does, for all its articles at
   * once): skip that lookup. A duplicate stored in between still ends as `created: false`, through
   * the unique index on the hash.
   */
  hashChecked?: boolean;
}

/** What {@link IngestArticleOptions.afterStore} is given besides the id: the article's language and its new claims. */
export interface StoredArticle { language: string | null; claims: StoredClaim[] }

export interface IngestArticleResult {
  id: number;
  /** False when the same text was already stored: `id` is then the existing article's. */
  created: boolean;
  claimCount: number;
}

/**
 * Stores an article: normalises its text, refuses a duplicate (same sha256
 * of the normalised text) by returning the existing id, records paragraphs as
 * offsets and the detected language, and stores the extracted claims.
 */
export async function ingestArticle(db: Database, options: IngestArticleOptions): Promise<IngestArticleResult> {
  const text = normalizeArticleText(options.text);
  const title = options.title.trim();
  if (text === '') throw new AppError('ARTICLE_EMPTY');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new AppError('ARTICLE_EMPTY', { message: 'The article has no words (only punctuation or symbols).' });
  if (hasBinaryContent(text)) throw new AppError('UPLOAD_INVALID', { message: 'The text contains control characters: it looks like binary data.' });
  if (text.includes('\ufffd')) throw new AppError('UPLOAD_INVALID', { message: 'The text is not valid UTF-8 (it contains replacement characters).' });
  if (title === '') throw new AppError('VALIDATION_FAILED', { details: ['title: must not be empty'] });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > options.maxBytes) {
    throw new AppError('ARTICLE_TOO_LARGE', { details: [`text: ${bytes} bytes, limit ${options.maxBytes}`] });
  }
  const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
  const existing = options.hashChecked ? null : await findByHash(db, contentHash);
  if (existing) return { ...existing, created: false };

  const extraction = options.extraction ?? extractClaims(text, { knowledge: options.knowledge ?? (await loadKnowledge(db)) });
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = {
        title, outlet: options.outlet?.trim() || null, url: options.url?.trim() || null, publishedAt: options.publishedAt ?? null,
        language: extraction.language ?? detectLanguage(text),
      };
      // One statement for the article row and all its claims, relay chains and relations.
      const { id, claims } = await insertArticleWithExtraction(tx, {
        ...row, text, contentHash, paragraphs: JSON.stringify(splitParagraphs(text)), warnings: JSON.stringify(extraction.warnings),
        extractedAt: new Date(), createdById: options.userId ?? null,
      }, extraction);
      const article = { id, ...row };
      const claimCount = claims.length;
      if (options.afterStore) await options.afterStore(tx, id, { language: row.language, claims });
      if (options.userId != null) {
        await recordAudit(tx, { userId: options.userId, entityType: 'article', entityId: article.id, action: 'create', after: { ...article, claimCount } });
      }
      return { id: article.id, created: true, claimCount };
    });
  } catch (error) {
    // Two ingests of the same text at once: the unique hash lets one win.
    const winner = await findByHash(db, contentHash);
    if (winner) return { ...winner, created: false };
    throw error;
  }
}

async function findByHash(db: Database, contentHash: string): Promise<{ id: number; claimCount: number } | null> {
  const row = await db.prisma.article.findUnique({
    where: { contentHash },
    select: { id: true, _count: { select: { claims: true } } },
  });
  return row ? { id: row.id, claimCount: row._count.claims } : null;
}
