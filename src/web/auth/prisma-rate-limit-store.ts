import { createHash } from 'node:crypto';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Database } from '../../db/open-database.js';

/** How often one store deletes expired counters (lazily, on an increment). */
const SWEEP_INTERVAL_MS = 60_000;

interface CounterRow {
  hits: number;
  reset_at: Date;
}

/**
 * An express-rate-limit store keeping its counters in the `login_attempts`
 * table, so every app process on the same database counts together. Each
 * increment is one atomic upsert on the database clock: a counter whose
 * window has ended starts again at 1. Keys are stored as `prefix` plus the
 * SHA-256 of the client key (bounded length; no addresses or login names in
 * the table). Give each limiter its own prefix.
 */
export class PrismaRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs = 60_000;
  private lastSweep = 0;

  constructor(
    private readonly db: Database,
    prefix: string,
  ) {
    this.prefix = prefix;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const [row] = await this.db.prisma.$queryRaw<CounterRow[]>`
      SELECT hits, reset_at FROM login_attempts WHERE key = ${this.rowKey(key)} AND reset_at > now()`;
    return row && { totalHits: row.hits, resetTime: row.reset_at };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    await this.sweep();
    const windowMs = Math.round(this.windowMs);
    const [row] = await this.db.prisma.$queryRaw<CounterRow[]>`
      INSERT INTO login_attempts AS counter (key, hits, reset_at)
      VALUES (${this.rowKey(key)}, 1, now() + ${windowMs}::integer * interval '1 millisecond')
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN counter.reset_at <= now() THEN 1 ELSE counter.hits + 1 END,
        reset_at = CASE WHEN counter.reset_at <= now() THEN excluded.reset_at ELSE counter.reset_at END
      RETURNING hits, reset_at`;
    if (!row) throw new Error('login_attempts upsert returned no row');
    return { totalHits: row.hits, resetTime: row.reset_at };
  }

  async decrement(key: string): Promise<void> {
    await this.db.prisma.$executeRaw`
      UPDATE login_attempts SET hits = hits - 1 WHERE key = ${this.rowKey(key)} AND hits > 0 AND reset_at > now()`;
  }

  async resetKey(key: string): Promise<void> {
    await this.db.prisma.$executeRaw`DELETE FROM login_attempts WHERE key = ${this.rowKey(key)}`;
  }

  private rowKey(key: string): string {
    return `${this.prefix}${createHash('sha256').update(key).digest('base64url')}`;
  }

  /** Deletes counters whose window has ended, at most once a minute per store. */
  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = Date.now();
    await this.db.prisma.$executeRaw`DELETE FROM login_attempts WHERE reset_at <= now()`;
  }
}
