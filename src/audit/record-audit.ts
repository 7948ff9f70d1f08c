import type { Prisma } from '../generated/prisma/client.js';

/** A Prisma client or the `tx` of an interactive transaction. */
type Client = Pick<Prisma.TransactionClient, 'auditEntry'>;

/** What changed: who, which row, what was done, and the row before and after (JSON-safe values). */
export interface AuditChange {
  userId: number | null;
  entityType: 'article' | 'claim' | 'relation' | 'actor' | 'user';
  entityId: number | string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one AuditEntry row. Call it with the `tx` of the transaction that
 * makes the change, so a change and its record are stored together or not at all.
 */
export async function recordAudit(client: Client, change: AuditChange): Promise<void> {
  await client.auditEntry.create({
    data: {
      userId: change.userId,
      entityType: change.entityType,
      entityId: String(change.entityId),
      action: change.action,
      before: toJson(change.before),
      after: toJson(change.after),
    },
  });
}

/** Dates become ISO strings, undefined becomes absent; the database gets plain JSON. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
