import type { Database } from '../db/open-database.js';

/** How long a count is reused while the data version stays the same. */
const COUNT_TTL_MS = 5_000;
/** Most counts remembered per database (keys carry filters from the address). */
const MAX_COUNTS = 1_000;

interface Remembered {
  version: string;
  at: number;
  total: Promise<number>;
}

const counts = new WeakMap<Database, Map<string, Remembered>>();

/**
 * The data version: the newest article, claim, relation and audit entry ids.
 * It changes when anything is ingested or re-extracted and on every editor
 * change (each writes an audit entry). Four index lookups.
 */
export async function dataVersion(db: Database): Promise<string> {
  const [row] = await db.prisma.$queryRaw<Array<{ a: number | null; c: number | null; r: number | null; e: number | null }>>`
    SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(id) FROM claims) AS c,
           (SELECT max(id) FROM claim_relations) AS r, (SELECT max(id) FROM audit_entries) AS e`;
  return `${row?.a}:${row?.c}:${row?.r}:${row?.e}`;
}

/**
 * A count (e.g. the total of a list, which aggregates up to every claim)
 * reused for a few seconds while the data version is unchanged: one cheap
 * query instead of counting on every page view.
 */
export async function cachedCount(db: Database, key: string, count: () => Promise<number>): Promise<number> {
  const version = await dataVersion(db);
  let remembered = counts.get(db);
  if (!remembered) counts.set(db, (remembered = new Map()));
  const hit = remembered.get(key);
  if (hit && hit.version === version && Date.now() - hit.at < COUNT_TTL_MS) return hit.total;
  if (remembered.size >= MAX_COUNTS) remembered.clear();
  const total = count();
  remembered.set(key, { version, at: Date.now(), total });
  total.catch(() => remembered.delete(key));
  return total;
}
