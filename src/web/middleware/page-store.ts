/** One rendered response as the page cache keeps it. */
export interface CachedPage {
  body: Buffer;
  /** The body gzip-compressed, or null when it is too small to be worth it. */
  gzipped: Buffer | null;
  contentType: string;
  etag: string;
  /** Headers the handler set (e.g. Content-Disposition), sent again with every hit. */
  headers: Array<[string, string | number | string[]]>;
  /** When it was rendered (Date.now()). */
  at: number;
  /** A request is rendering it again (it is older than the cache's freshness). */
  refreshing: boolean;
}

/** Bookkeeping per entry beyond the bodies (key, headers, object), roughly. */
const ENTRY_OVERHEAD = 256;

/**
 * Least-recently-used pages bounded by bytes: a `get` makes a page the most
 * recent, a `set` evicts the least recent until the total fits. A page
 * larger than the whole budget is not kept.
 */
export class PageStore {
  readonly #pages = new Map<string, { page: CachedPage; bytes: number }>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** Bytes held (bodies, gzipped bodies, keys, headers). */
  get bytes(): number {
    return this.#bytes;
  }

  /** Pages held. */
  get size(): number {
    return this.#pages.size;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.#pages.get(key);
    if (!entry) return undefined;
    this.#pages.delete(key);
    this.#pages.set(key, entry);
    return entry.page;
  }

  /** Keeps `page` under `key`; false when it is larger than the whole budget. */
  set(key: string, page: CachedPage): boolean {
    this.delete(key);
    const bytes = sizeOf(key, page);
    if (bytes > this.maxBytes) return false;
    this.#pages.set(key, { page, bytes });
    this.#bytes += bytes;
    for (const oldest of this.#pages.keys()) {
      if (this.#bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  /** Drops the page under `key`; when `only` is given, only if that is the page kept. */
  delete(key: string, only?: CachedPage): void {
    const entry = this.#pages.get(key);
    if (!entry || (only !== undefined && entry.page !== only)) return;
    this.#pages.delete(key);
    this.#bytes -= entry.bytes;
  }
}

function sizeOf(key: string, page: CachedPage): number {
  let bytes = ENTRY_OVERHEAD + Buffer.byteLength(key) + page.body.length + (page.gzipped?.length ?? 0) + page.contentType.length + page.etag.length;
  for (const [name, value] of page.headers) bytes += name.length + String(value).length;
  return bytes;
}
