import type { Command } from 'commander';
import { linkClaimsAcrossArticles } from '../clusters/link-claims-across-articles.js';
import { loadConfig } from '../config.js';
import { createIngestProgressReporter } from '../ingest/ingest-progress-reporter.js';
import { DEFAULT_SOURCE_OPTIONS, readIngestSources, type ColumnRef, type IngestSourceOptions } from '../ingest/read-ingest-sources.js';
import { runBulkIngest, type IngestSummary } from '../ingest/run-bulk-ingest.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';

interface IngestFlags {
  format: string; delimiter: string; quote: string; header: boolean;
  textColumn?: string; titleColumn?: string; dateColumn?: string; urlColumn?: string; outletColumn?: string;
  outlet?: string; workers?: string; link: boolean; json?: boolean;
}

const FORMATS = ['auto', 'text', 'csv', 'jsonl', 'wikinews'] as const;

/**
 * Registers `ingest PATH...`: files (.txt, .md, .html), folders (recursive),
 * CSV/TSV and JSON Lines (one article a record) and Wikinews JSON; already
 * stored articles are skipped, each article is stored whole or not at all.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('store many articles: files, folders, CSV, JSON Lines, Wikinews JSON (already stored ones are skipped)')
    .argument('<paths...>', 'files or folders')
    .option('--format <format>', `input format: ${FORMATS.join(', ')}`, 'auto')
    .option('--delimiter <char>', 'CSV field delimiter ("\\t" for tab)', ',')
    .option('--quote <char>', 'CSV quote character', '"')
    .option('--no-header', 'CSV: the first row is an article, not column names')
    .option('--text-column <column>', 'CSV/JSONL: the text column (0-based index or name; default text/body/content, or 0 without header)')
    .option('--title-column <column>', 'title column (default title/headline; else the first sentence)')
    .option('--date-column <column>', 'publication date column (ISO 8601)')
    .option('--url-column <column>', 'URL column')
    .option('--outlet-column <column>', 'outlet column')
    .option('--outlet <name>', 'outlet for articles without one')
    .option('--workers <n>', 'extraction worker threads (default: number of cores; 0: none)')
    .option('--no-link', 'do not link claims across articles (clusters, cross-article denials)')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], flags: IngestFlags) => {
      const sourceOptions = parseSourceOptions(flags);
      const workers = flags.workers === undefined ? undefined : Number(flags.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) throw new CliError('--workers: a whole number from 0 to 64');
      const config = loadConfig();
      const entries = readIngestSources(paths, sourceOptions);
      const summary = await withDatabase(async (db) => {
        const controller = new AbortController();
        const onSignal = (): void => {
          if (controller.signal.aborted) process.exit(130);
          process.stderr.write('\ningest: stopping after the current article (Ctrl-C again to quit at once)\n');
          controller.abort();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        const reporter = createIngestProgressReporter(process.stderr);
        try {
          return await runBulkIngest(db, entries, {
            maxBytes: config.limits.articleBytes,
            workers,
            signal: controller.signal,
            onProgress: (progress) => reporter.update(progress),
            afterStore: flags.link ? async (tx, articleId, stored) => { await linkClaimsAcrossArticles(tx, articleId, stored); } : undefined,
          });
        } finally {
          reporter.stop();
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      });
      process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      if (summary.interrupted) process.exitCode = 130;
      else if (summary.failed > 0) process.exitCode = 1;
    });
}

function parseSourceOptions(flags: IngestFlags): IngestSourceOptions {
  if (!(FORMATS as readonly string[]).includes(flags.format)) throw new CliError(`unknown format "${flags.format}" (${FORMATS.join(', ')})`);
  const char = (name: string, value: string): string => {
    const unescaped = value === '\\t' ? '\t' : value;
    if (unescaped.length !== 1) throw new CliError(`--${name}: one character, got "${value}"`);
    return unescaped;
  };
  const column = (value: string | undefined): ColumnRef | undefined => (value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : value);
  return {
    ...DEFAULT_SOURCE_OPTIONS,
    format: flags.format as IngestSourceOptions['format'],
    delimiter: char('delimiter', flags.delimiter),
    quote: char('quote', flags.quote),
    header: flags.header,
    textColumn: column(flags.textColumn),
    titleColumn: column(flags.titleColumn),
    dateColumn: column(flags.dateColumn),
    urlColumn: column(flags.urlColumn),
    outletColumn: column(flags.outletColumn),
    outlet: flags.outlet,
  };
}

/** The end-of-run summary: counts, rate, and every failure with its reason. */
export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.interrupted ? 'interrupted' : 'done'}: ${summary.total} entries in ${summary.seconds.toFixed(1)} s (${(summary.stored / Math.max(summary.seconds, 0.001)).toFixed(1)} stored articles/s)`,
    `  stored  ${summary.stored} (${summary.claims} claims)`,
    `  skipped ${summary.skipped} (already stored)`,
    `  failed  ${summary.failed}`,
    ...summary.failures.slice(0, 50).map((f) => `    ${f.source}: ${f.reason}`),
    ...(summary.failures.length > 50 ? [`    ... and ${summary.failures.length - 50} more`] : []),
    ...(summary.interrupted ? [`  not done ${summary.total - summary.done} (run the same command again to finish)`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
