import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { ingestArticle, type StoredArticle } from '../articles/ingest-article.js';
import { loadKnowledgeSeeds } from '../articles/load-knowledge.js';
import { normalizeArticleText } from '../articles/normalize-article-text.js';
import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { extractClaims, type ExtractionResult } from '../extract/index.js';
import type { Prisma } from '../generated/prisma/client.js';
import { compileKnowledge, getDefaultKnowledge } from '../knowledge/index.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';
import { describeError, type IngestItem, type SourceEntry } from './read-ingest-sources.js';

/** Counts so far, reported after each article. */
export interface IngestProgress { done: number; total: number; stored: number; skipped: number; failed: number }

/** What a bulk ingestion did. */
export interface IngestSummary extends IngestProgress {
  claims: number;
  failures: Array<{ source: string; reason: string }>;
  /** True when stopped by the signal before every entry was handled. */
  interrupted: boolean;
  seconds: number;
  /** Of `seconds`: waiting for extractions (workers busy), and storing (transactions). */
  waitSeconds: number;
  storeSeconds: number;
}

/** Options of {@link runBulkIngest}. */
export interface BulkIngestOptions {
  /** Largest article text in UTF-8 bytes. */
  maxBytes: number;
  /** Extraction worker threads; 0 extracts in this thread. Default: the number of cores. */
  workers?: number;
  /** Stops starting new articles; those being stored finish (each commits whole). */
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Articles stored at once (transactions in parallel). Default: 4 on PostgreSQL, 1 on PGlite
   * (one connection). Above 1, two articles stored at the same moment do not see each other's
   * claims, so cross-article links between them can be missed.
   */
  concurrency?: number;
  /** Try a store that failed with an unexpected (non-AppError) error once more (default true). */
  retry?: boolean;
  /** Runs in each article's transaction after its claims are stored (cross-article linking), given the new claims. */
  afterStore?: (tx: Prisma.TransactionClient, articleId: number, stored: StoredArticle) => Promise<void>;
}

const HASH_BATCH = 500;

/**
 * Ingests many articles: skips those already stored (same content hash, also
 * within the run), extracts the rest in a worker_threads pool and stores
 * each with {@link ingestArticle} in the main thread, one transaction per
 * article (article, claims, relations and `afterStore` together), so a run
 * stopped half-way and run again stores exactly the rest. A failing article
 * is recorded with its reason; the others go on.
 */
export async function runBulkIngest(db: Database, entries: readonly SourceEntry[], options: BulkIngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const progress: IngestProgress = { done: 0, total: entries.length, stored: 0, skipped: 0, failed: 0 };
  const failures: IngestSummary['failures'] = [];
  let claims = 0;
  const report = (): void => options.onProgress?.({ ...progress });
  const fail = (source: string, reason: string): void => {
    progress.failed++;
    progress.done++;
    failures.push({ source, reason });
    report();
  };

  const work: Array<{ item: IngestItem; text: string; hash: string }> = [];
  for (const entry of entries) {
    if (!entry.ok) { fail(entry.source, entry.reason); continue; }
    const text = normalizeArticleText(entry.item.text);
    work.push({ item: entry.item, text, hash: createHash('sha256').update(text, 'utf8').digest('hex') });
  }
  const stored = new Set<string>();
  for (let i = 0; i < work.length; i += HASH_BATCH) {
    const hashes = work.slice(i, i + HASH_BATCH).map((w) => w.hash);
    const rows = await db.prisma.article.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true } });
    for (const row of rows) stored.add(row.contentHash);
  }
  const todo = work.filter((w) => {
    if (stored.has(w.hash)) { progress.skipped++; progress.done++; return false; }
    stored.add(w.hash);
    return true;
  });
  report();

  const seeds = await loadKnowledgeSeeds(db);
  const workerCount = Math.min(options.workers ?? availableParallelism(), todo.length);
  let pool: ExtractPool | null = null;
  let extract: (text: string) => Promise<ExtractionResult>;
  if (workerCount > 0) {
    pool = createExtractPool(workerCount, seeds);
    extract = (text) => pool!.extract(text);
  } else {
    const knowledge = seeds.parties.length > 0 ? compileKnowledge(seeds.parties, seeds.actors) : getDefaultKnowledge();
    extract = async (text) => extractClaims(text, { knowledge });
  }

  // Extractions run ahead in the pool (a bounded window); stores take articles in input order, `concurrency` at a time.
  const concurrency = Math.max(1, options.concurrency ?? (db.kind === 'postgres' ? 4 : 1));
  const window = Math.max(2, workerCount * 3) + concurrency;
  const extractions: Array<Promise<ExtractionResult | Error> | undefined> = [];
  let launched = 0;
  const launchUpTo = (limit: number): void => {
    while (launched < Math.min(limit, todo.length) && !options.signal?.aborted) {
      extractions[launched] = extract(todo[launched]!.text).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      launched++;
    }
  };
  let nextStore = 0;
  let waitMs = 0;
  let storeMs = 0;
  const storer = async (): Promise<void> => {
    for (;;) {
      if (options.signal?.aborted) return;
      const index = nextStore++;
      if (index >= todo.length) return;
      launchUpTo(index + window);
      const waitStarted = performance.now();
      const extraction = await extractions[index]!;
      extractions[index] = undefined;
      waitMs += performance.now() - waitStarted;
      const { item, text } = todo[index]!;
      if (extraction instanceof Error) { fail(item.source, `extraction failed: ${extraction.message}`); continue; }
      const storeStarted = performance.now();
      try {
        const store = () => ingestArticle(db, {
          title: item.title, text, outlet: item.outlet, url: item.url, publishedAt: item.publishedAt,
          maxBytes: options.maxBytes, extraction, afterStore: options.afterStore, hashChecked: true,
        });
        // A transaction that failed for a passing reason (timeout on a busy machine, deadlock with a parallel store) is tried once more.
        const result = await store().catch((error: unknown) => {
          if (error instanceof AppError || options.retry === false) throw error;
          return store();
        });
        if (result.created) { progress.stored++; claims += result.claimCount; } else progress.skipped++;
        progress.done++;
        report();
      } catch (error) {
        fail(item.source, describeError(error));
      } finally {
        storeMs += performance.now() - storeStarted;
      }
    }
  };
  try {
    launchUpTo(window);
    await Promise.all(Array.from({ length: concurrency }, storer));
  } finally {
    await pool?.close();
  }
  return { ...progress, claims, failures, interrupted: progress.done < progress.total, seconds: (performance.now() - started) / 1000, waitSeconds: waitMs / 1000, storeSeconds: storeMs / 1000 };
}
