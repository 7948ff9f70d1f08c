import type { PrismaClient } from '../generated/prisma/client.js';

/** How long reads stay on the primary after the replica failed, before the replica is tried again. */
export const REPLICA_RETRY_MS = 5_000;

/** What `/healthz` says about the replica. */
export interface ReplicaStatus {
  status: 'ok' | 'unavailable';
  /** Whether the server is a standby (`pg_is_in_recovery()`); a replica URL naming a primary says false. */
  inRecovery?: boolean;
  /** WAL the replica has not replayed yet, in bytes (0: caught up); null when unknown. */
  lagBytes?: number | null;
  /** Seconds since the last replayed transaction while WAL is pending, 0 when caught up; null when unknown. */
  lagSeconds?: number | null;
}

interface ReplayRow {
  in_recovery: boolean;
  replayed: string | null;
  since_replay: number | null;
}

/**
 * A PostgreSQL read replica (hot standby) for reader pages. After a
 * connection failure it is marked down and readers use the primary for
 * {@link REPLICA_RETRY_MS}; then the replica is tried again.
 */
export class ReadReplica {
  private downUntil = 0;

  constructor(
    /** Prisma client on the replica: reads only (the standby refuses writes). */
    readonly prisma: PrismaClient,
    private readonly retryMs = REPLICA_RETRY_MS,
  ) {}

  /** Whether reads should go to the replica now. */
  get usable(): boolean {
    return Date.now() >= this.downUntil;
  }

  /** Sends reads to the primary for a while (a connection to the replica failed). */
  markDown(): void {
    this.downUntil = Date.now() + this.retryMs;
  }

  /**
   * Asks the replica whether it is a standby and how far its replay is
   * behind the primary's WAL position (two small queries, one on each).
   * Marks the replica down when it does not answer.
   */
  async check(primary: PrismaClient): Promise<ReplicaStatus> {
    let row: ReplayRow | undefined;
    try {
      [row] = await this.prisma.$queryRaw<ReplayRow[]>`
        SELECT pg_is_in_recovery() AS in_recovery,
               pg_last_wal_replay_lsn()::text AS replayed,
               extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS since_replay`;
    } catch {
      this.markDown();
      return { status: 'unavailable' };
    }
    if (!row?.in_recovery || row.replayed === null) return { status: 'ok', inRecovery: row?.in_recovery ?? false, lagBytes: null, lagSeconds: null };
    const [diff] = await primary.$queryRaw<Array<{ bytes: number }>>`
      SELECT greatest(pg_wal_lsn_diff(pg_current_wal_lsn(), ${row.replayed}::pg_lsn), 0)::float8 AS bytes`;
    const lagBytes = diff?.bytes ?? null;
    // An idle primary writes no transactions: the time since the last replay grows without any lag.
    const lagSeconds = lagBytes === 0 ? 0 : row.since_replay === null ? null : Math.round(row.since_replay * 1000) / 1000;
    return { status: 'ok', inRecovery: true, lagBytes, lagSeconds };
  }
}
