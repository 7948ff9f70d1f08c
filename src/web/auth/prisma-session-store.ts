import session, { type SessionData } from 'express-session';
import type { Database } from '../../db/open-database.js';
import type { Prisma } from '../../generated/prisma/client.js';

type Callback = (error?: unknown) => void;

/** How often expired sessions are deleted (at most), in milliseconds. */
const PRUNE_EVERY_MS = 15 * 60 * 1000;

/** express-session store on the Session table (sid, data JSON, expiresAt). */
export class PrismaSessionStore extends session.Store {
  private lastPrune = 0;

  constructor(private readonly db: Database, private readonly maxAgeMs: number) {
    super();
  }

  override get(sid: string, callback: (error: unknown, session?: SessionData | null) => void): void {
    this.db.prisma.session
      .findUnique({ where: { sid } })
      .then((row) => callback(null, row && row.expiresAt > new Date() ? (row.data as unknown as SessionData) : null), callback);
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const expiresAt = this.expiry(data);
    const json = JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue;
    this.db.prisma.session
      .upsert({ where: { sid }, create: { sid, data: json, expiresAt }, update: { data: json, expiresAt } })
      .then(() => this.prune())
      .then(() => callback?.(), (error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.db.prisma.session.deleteMany({ where: { sid } }).then(() => callback?.(), (error: unknown) => callback?.(error));
  }

  override touch(sid: string, data: SessionData, callback?: Callback): void {
    this.db.prisma.session
      .updateMany({ where: { sid }, data: { expiresAt: this.expiry(data) } })
      .then(() => callback?.(), (error: unknown) => callback?.(error));
  }

  private expiry(data: SessionData): Date {
    const expires = data.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.maxAgeMs);
  }

  private async prune(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.db.prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  }
}
