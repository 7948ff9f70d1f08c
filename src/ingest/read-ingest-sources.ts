import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { readArticleFile } from '../articles/read-article-file.js';
import { AppError } from '../errors.js';
import { parseDelimited, type DelimitedFormat } from './parse-delimited.js';

/** One article to ingest, with where it came from ("dir/a.txt", "feed.csv:17"). */
export interface IngestItem {
  source: string;
  title: string;
  text: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
}

/** An article read from the inputs, or a record that could not be read (reported as failed). */
export type SourceEntry = { ok: true; item: IngestItem } | { ok: false; source: string; reason: string };

/** A column: a 0-based index or, with a header row, a header name. */
export type ColumnRef = number | string;

/** How the inputs are read. */
export interface IngestSourceOptions {
  /** `auto` decides by extension (and detects Wikinews JSON by its `originalText`). */
  format: 'auto' | 'text' | 'csv' | 'jsonl' | 'wikinews';
  delimiter: string;
  quote: string;
  /** The first CSV record names the columns. */
  header: boolean;
  textColumn?: ColumnRef;
  titleColumn?: ColumnRef;
  dateColumn?: ColumnRef;
  urlColumn?: ColumnRef;
  outletColumn?: ColumnRef;
  /** Outlet for every article without one of its own. */
  outlet?: string;
}

export const DEFAULT_SOURCE_OPTIONS: IngestSourceOptions = { format: 'auto', delimiter: ',', quote: '"', header: true };

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
const CSV_EXTENSIONS = new Set(['.csv', '.tsv']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const KNOWN = new Set([...TEXT_EXTENSIONS, ...CSV_EXTENSIONS, ...JSONL_EXTENSIONS, '.json']);
const WIKINEWS_NAME = /^\d+\s*-\s*(.+?)\s*\((\d{4}-\d{2}-\d{2})\)(?:\.pretty)?\.json$/;

/**
 * Reads every article from files, folders (recursive, by extension, dot
 * files skipped), CSV/TSV and JSON Lines (one article a record) and JSON
 * (Wikinews quotation files, an array of records, or one record). Never
 * throws for one bad file or record: it becomes a failed entry.
 */
export function readIngestSources(paths: readonly string[], options: IngestSourceOptions = DEFAULT_SOURCE_OPTIONS): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      entries.push({ ok: false, source: path, reason: 'not found' });
      continue;
    }
    const files = isDir ? listFiles(path) : [path];
    for (const file of files) entries.push(...readFile(file, options, !isDir));
  }
  return entries;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.isFile() && KNOWN.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

function readFile(file: string, options: IngestSourceOptions, explicit: boolean): SourceEntry[] {
  const ext = extname(file).toLowerCase();
  try {
    const format = options.format === 'auto' || !explicit ? autoFormat(ext, options.format) : options.format;
    if (format === 'csv') return readCsv(file, ext === '.tsv' && options.delimiter === ',' ? { ...options, delimiter: '\t' } : options);
    if (format === 'jsonl') return readJsonLines(file, options);
    if (format === 'wikinews' || ext === '.json') return readJson(file, options);
    if (format === 'text') return [readTextFile(file, options)];
    return [{ ok: false, source: file, reason: `unsupported file type "${ext || '(none)'}" (.txt, .md, .html, .csv, .tsv, .jsonl, .json)` }];
  } catch (error) {
    return [{ ok: false, source: file, reason: describeError(error) }];
  }
}

function autoFormat(ext: string, requested: IngestSourceOptions['format']): IngestSourceOptions['format'] | 'unknown' {
  if (CSV_EXTENSIONS.has(ext)) return 'csv';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  if (ext === '.json') return requested === 'wikinews' ? 'wikinews' : 'auto';
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  return 'unknown';
}

function readTextFile(file: string, options: IngestSourceOptions): SourceEntry {
  const { text, title } = readArticleFile({ originalname: basename(file), buffer: readFileSync(file) });
  return { ok: true, item: { source: file, title: title ?? titleFromText(text, basename(file)), text, outlet: options.outlet ?? null, url: null, publishedAt: null } };
}

function readCsv(file: string, options: IngestSourceOptions): SourceEntry[] {
  const format: DelimitedFormat = { delimiter: options.delimiter, quote: options.quote };
  const entries: SourceEntry[] = [];
  let names: string[] | null = null;
  for (const record of parseDelimited(readFileSync(file, 'utf8'), format)) {
    if (options.header && names === null) {
      names = record.fields.map((name) => name.trim());
      continue;
    }
    const source = `${file}:${record.line}`;
    const header = names;
    const get = (ref: ColumnRef | undefined, fallbacks: string[]): string | undefined => {
      if (ref === undefined) {
        if (!header) return undefined;
        const index = header.findIndex((name) => fallbacks.includes(name.toLowerCase()));
        return index < 0 ? undefined : record.fields[index];
      }
      const index = typeof ref === 'number' ? ref : (header?.indexOf(ref) ?? -1);
      if (index < 0) throw new Error(`no column "${ref}" in the header`);
      return record.fields[index];
    };
    try {
      const textRef = options.textColumn ?? (header ? undefined : 0);
      entries.push(toEntry(source, {
        text: get(textRef, ['text', 'body', 'content']),
        title: get(options.titleColumn, ['title', 'headline']),
        date: get(options.dateColumn, ['publishedat', 'published_at', 'date']),
        url: get(options.urlColumn, ['url', 'link']),
        outlet: get(options.outletColumn, ['outlet', 'source']),
      }, options));
    } catch (error) {
      entries.push({ ok: false, source, reason: describeError(error) });
    }
  }
  return entries;
}

function readJsonLines(file: string, options: IngestSourceOptions): SourceEntry[] {
  const entries: SourceEntry[] = [];
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const source = `${file}:${index + 1}`;
    try {
      entries.push(fromRecord(source, JSON.parse(line) as unknown, options));
    } catch (error) {
      entries.push({ ok: false, source, reason: describeError(error) });
    }
  });
  return entries;
}

function readJson(file: string, options: IngestSourceOptions): SourceEntry[] {
  const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (Array.isArray(value)) {
    return value.map((record, index) => {
      const source = `${file}[${index}]`;
      try {
        return fromRecord(source, record, options);
      } catch (error) {
        return { ok: false, source, reason: describeError(error) };
      }
    });
  }
  if (isRecord(value) && typeof value.originalText === 'string') {
    const name = WIKINEWS_NAME.exec(basename(file));
    return [{
      ok: true,
      item: {
        source: file,
        title: name?.[1] ?? titleFromText(value.originalText, basename(file)),
        text: value.originalText,
        outlet: options.outlet ?? 'Wikinews',
        url: null,
        publishedAt: name ? new Date(`${name[2]}T00:00:00Z`) : null,
      },
    }];
  }
  if (options.format === 'wikinews') throw new Error('not a Wikinews quotation file (no originalText)');
  return [fromRecord(file, value, options)];
}

function fromRecord(source: string, value: unknown, options: IngestSourceOptions): SourceEntry {
  if (!isRecord(value)) throw new Error('not a JSON object');
  const get = (ref: ColumnRef | undefined, fallbacks: string[]): string | undefined => {
    const keys = ref === undefined ? fallbacks : [String(ref)];
    for (const key of keys) {
      const field = value[key];
      if (field === undefined || field === null) continue;
      return typeof field === 'string' ? field : String(field);
    }
    return undefined;
  };
  return toEntry(source, {
    text: get(options.textColumn, ['text', 'body', 'content', 'originalText']),
    title: get(options.titleColumn, ['title', 'headline']),
    date: get(options.dateColumn, ['publishedAt', 'published_at', 'date']),
    url: get(options.urlColumn, ['url', 'link']),
    outlet: get(options.outletColumn, ['outlet', 'source']),
  }, options);
}

interface RawFields { text?: string; title?: string; date?: string; url?: string; outlet?: string }

function toEntry(source: string, fields: RawFields, options: IngestSourceOptions): SourceEntry {
  const text = fields.text ?? '';
  if (text.trim() === '') return { ok: false, source, reason: 'no text' };
  let publishedAt: Date | null = null;
  if (fields.date && fields.date.trim() !== '') {
    publishedAt = new Date(fields.date.trim());
    if (Number.isNaN(publishedAt.getTime())) return { ok: false, source, reason: `invalid date "${fields.date.slice(0, 40)}"` };
  }
  const title = fields.title?.trim() ? fields.title.trim() : titleFromText(text, source);
  return {
    ok: true,
    item: { source, title, text, outlet: fields.outlet?.trim() || options.outlet || null, url: fields.url?.trim() || null, publishedAt },
  };
}

/** A title for an article without one: its first sentence or line, at most 120 characters. */
export function titleFromText(text: string, fallback: string): string {
  const first = text.trim().split(/\n|(?<=[.!?])\s/)[0]?.trim() ?? '';
  if (first === '') return fallback;
  return first.length <= 120 ? first : `${first.slice(0, 119).replace(/\s+\S*$/, '')}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One line describing why something failed (an AppError with its details). */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return [error.message, ...(error.details ?? [])].join(': ');
  return error instanceof Error ? error.message : String(error);
}
