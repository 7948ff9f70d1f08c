import type { Database } from '../db/open-database.js';

/** How long a value is served without being loaded again while the data version stays the same. */
const FRESH_MS = 5_000;
/** Most values remembered per database (keys carry filters from the address). */
const MAX_ENTRIES = 1_000;

interface Entry {
  version: string;
  at: number;
  value: Promise<unknown>;
  refreshing: boolean;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

const versionsInFlight = new WeakMap<Database, Promise<string>>();

/**
 * The data version: the newest article, claim, relation and audit entry ids.
 * It changes when anything is ingested or re-extracted and on every editor
 * change (each writes an audit entry). Four index lookups; callers arriving
 * while one is running share it (a page asks for it once per cached value).
 */
export function dataVersion(db: Database): Promise<string> {
  const running = versionsInFlight.get(db);
  if (running) return running;
  const version = db.prisma
    .$queryRaw<Array<{ a: number | null; c: number | null; r: number | null; e: number | null }>>`
      SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(id) FROM claims) AS c,
             (SELECT max(id) FROM claim_relations) AS r, (SELECT max(id) FROM audit_entries) AS e`
    .then(([row]) => `${row?.a}:${row?.c}:${row?.r}:${row?.e}`)
    .finally(() => versionsInFlight.delete(db));
  versionsInFlight.set(db, version);
  return version;
}

/**
 * A value that aggregates many rows (a list's total, the filter form's
 * choices, the most repeated claims), loaded again only when the data
 * version changed or it is older than a few seconds. A new version waits
 * for the new value; an old one under the same version is served while the
 * new one loads, so no request waits for the reload. Costs one cheap query.
 */
export async function cachedByVersion<T>(db: Database, key: string, load: () => Promise<T>): Promise<T> {
  const version = await dataVersion(db);
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    if (Date.now() - hit.at >= FRESH_MS && !hit.refreshing) {
      hit.refreshing = true;
      load().then(
        (value) => { entries.set(key, { version, at: Date.now(), value: Promise.resolve(value), refreshing: false }); },
        () => { hit.refreshing = false; },
      );
    }
    return hit.value as Promise<T>;
  }
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const value = load();
  entries.set(key, { version, at: Date.now(), value, refreshing: false });
  value.catch(() => { if (entries.get(key)?.value === value) entries.delete(key); });
  return value;
}
