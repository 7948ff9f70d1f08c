import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { dataVersion } from '../../claims/cached-by-version.js';
import type { Database } from '../../db/open-database.js';
import { PageStore, type CachedPage } from './page-store.js';

/**
 * How long a page is served while the data version is unchanged; then the
 * next request renders it again (others get the old page meanwhile). Every
 * write of the app changes the version, so this bounds only changes made
 * behind the app's back (a direct SQL update that adds no row): those show
 * within a minute here, where cachedByVersion's aggregates reload after 5 s.
 * 5 s here too would re-render every page read less often than every 5 s:
 * with 500 article pages in turn that is most requests.
 */
const MAX_AGE_MS = 60_000;
/** Bodies below this are sent as they are (the compression middleware's threshold). */
const GZIP_MIN_BYTES = 1024;
/** Headers the cache sets itself, or that must never be replayed. */
const OWN_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'etag', 'set-cookie', 'x-cache']);

const gzipAsync = promisify(gzip);

/** The page cache's middleware: `serve` at the top of the reader routes, `pass`/`passError` at their bottom. */
export interface PageCache {
  store: PageStore;
  /** Answers from the cache, or lets the routes render and keeps what they send. `db` is the database the routes read. */
  serve(db: Database): RequestHandler;
  /** The request left the reader routes without an answer: nothing it sends later is kept. */
  pass: RequestHandler;
  passError: ErrorRequestHandler;
}

/** Undoes a request's capture (see `capture`). */
const captures = new WeakMap<Response, () => void>();

/**
 * A cache of rendered reader pages for readers who are not signed in, in
 * this process's memory (`maxBytes`, least recently used evicted first).
 *
 * Key: the data version (`dataVersion`, checked on every request against
 * the same database the routes read: the replica's view when readers read
 * the replica) plus the address with its query string. Any write of the app
 * (an ingested article, an editor's correction, confirmation, rejection or
 * link: each adds an audit entry or a row) changes the version, so the next
 * request renders again; a page is also rendered again once it is older than
 * a minute (see MAX_AGE_MS). Only 200 answers with a string or Buffer body are kept
 * (`res.render`, `res.json`, `res.send`), with their content type, the
 * headers the handler set, a weak ETag (a matching `If-None-Match` gets 304)
 * and the body gzipped once. Signed-in editors are never served from it nor
 * stored into it. Each hit or miss says so in `X-Cache`.
 */
export function createPageCache(maxBytes: number): PageCache {
  const store = new PageStore(maxBytes);
  let views = 0;

  const serve = (db: Database): RequestHandler => {
    const view = ++views;
    return async (req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.viewer !== undefined) return next();
      let version: string;
      try {
        version = await dataVersion(db);
      } catch (error) {
        return next(error);
      }
      const key = `${view}\n${version}\n${req.originalUrl}`;
      const page = store.get(key);
      if (page && (page.refreshing || Date.now() - page.at < MAX_AGE_MS)) return sendPage(req, res, page, 'hit');
      if (page) page.refreshing = true;
      capture(req, res, (fresh) => {
        if (fresh) store.set(key, fresh);
        else if (page) store.delete(key, page);
      });
      next();
    };
  };

  const pass: RequestHandler = (_req, res, next) => {
    captures.get(res)?.();
    next();
  };
  const passError: ErrorRequestHandler = (error, _req, res, next) => {
    captures.get(res)?.();
    next(error);
  };
  return { store, serve, pass, passError };
}

/**
 * Wraps `res.send` for one request: a 200 answer with a string or Buffer body
 * becomes a page (gzipped once), is handed to `keep` and sent as the cache
 * would send it; anything else goes out untouched and `keep(null)` is called.
 */
function capture(req: Request, res: Response, keep: (page: CachedPage | null) => void): void {
  const send = res.send;
  const before = new Set(res.getHeaderNames());
  let done = false;
  const release = (): void => {
    if (done) return;
    done = true;
    res.send = send;
    captures.delete(res);
  };
  const giveUp = (): void => {
    if (done) return;
    release();
    keep(null);
  };
  captures.set(res, giveUp);
  res.once('close', giveUp);
  res.send = function (this: Response, body?: unknown) {
    // An object goes through res.json, which calls send again with the string.
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) return send.call(this, body);
    if (res.statusCode !== 200) {
      giveUp();
      return send.call(this, body);
    }
    release();
    toPage(res, body, before).then(
      (page) => {
        keep(page);
        sendPage(req, res, page, 'miss');
      },
      (error: unknown) => {
        keep(null);
        req.next?.(error);
      },
    );
    return this;
  } as Response['send'];
}

async function toPage(res: Response, body: string | Buffer, before: Set<string>): Promise<CachedPage> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const type = res.getHeader('Content-Type');
  let contentType = typeof type === 'string' ? type : typeof body === 'string' ? 'text/html' : 'application/octet-stream';
  // As res.send does for a string body.
  if (typeof body === 'string' && !/;\s*charset=/i.test(contentType)) contentType += '; charset=utf-8';
  const headers: CachedPage['headers'] = [];
  for (const name of res.getHeaderNames()) {
    const value = res.getHeader(name);
    if (!before.has(name) && !OWN_HEADERS.has(name) && value !== undefined) headers.push([name, value]);
  }
  const hash = createHash('sha1').update(bytes).digest('base64').slice(0, 27);
  return {
    body: bytes,
    gzipped: bytes.length >= GZIP_MIN_BYTES ? await gzipAsync(bytes) : null,
    contentType,
    etag: `W/"${bytes.length.toString(16)}-${hash}"`,
    headers,
    at: Date.now(),
    refreshing: false,
  };
}

/** Sends a cached page: 304 when the browser's ETag matches, gzipped when the browser takes gzip, no body for HEAD. */
function sendPage(req: Request, res: Response, page: CachedPage, state: 'hit' | 'miss'): void {
  res.status(200);
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader('ETag', page.etag);
  res.setHeader('X-Cache', state);
  if (page.gzipped) res.vary('Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const gzipped = page.gzipped !== null && req.acceptsEncodings('gzip', 'identity') === 'gzip';
  const body = gzipped && page.gzipped ? page.gzipped : page.body;
  res.setHeader('Content-Type', page.contentType);
  if (gzipped) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}
