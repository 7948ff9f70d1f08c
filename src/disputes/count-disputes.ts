import { cachedByVersion } from '../claims/cached-by-version.js';
import type { Database } from '../db/open-database.js';
import { Prisma } from '../generated/prisma/client.js';

/** How contested a speaker's claims are, and whom the speaker contests. */
export interface DisputeStats {
  claimCount: number;
  /** Claims of the speaker that another claim denies, doubts or contradicts. */
  disputedCount: number;
  /** Other parties whose claims the speaker disputes, most often first (top 5). */
  disputesMost: { key: string; name: string; count: number }[];
}

/**
 * Dispute statistics of one party's or one actor's claims (rejected claims
 * and relations left out). The disputed claims and whom the speaker disputes
 * are found from the relations (few); the number of claims, which for the
 * article's own voice is most of the database, is reused while the data
 * version is unchanged (see cachedByVersion).
 */
export async function countDisputes(db: Database, scope: { partyId: number } | { actorId: number }): Promise<DisputeStats> {
  const mine = (alias: string) =>
    'partyId' in scope
      ? Prisma.sql`${Prisma.raw(alias)}.party_id = ${scope.partyId}`
      : Prisma.sql`${Prisma.raw(alias)}.actor_id = ${scope.actorId}`;
  const own = 'partyId' in scope ? scope.partyId : null;
  const [claimCount, disputed, most] = await Promise.all([
    cachedByVersion(db, `speaker-claims:${JSON.stringify(scope)}`, async () => {
      const rows = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM claims c WHERE ${mine('c')} AND c.status <> 'rejected'`;
      return rows[0]?.n ?? 0;
    }),
    db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT r.to_id)::int AS n
      FROM claim_relations r JOIN claims t ON t.id = r.to_id JOIN claims f ON f.id = r.from_id
      WHERE ${mine('t')} AND t.status <> 'rejected' AND r.type IN ('denies', 'doubts', 'contradicts')
        AND r.status <> 'rejected' AND f.status <> 'rejected'`,
    db.prisma.$queryRaw<{ key: string; name: string; count: number }[]>`
      SELECT p.key, p.name, count(*)::int AS count
      FROM claim_relations r
      JOIN claims c ON c.id = r.from_id
      JOIN claims t ON t.id = r.to_id
      JOIN parties p ON p.id = t.party_id
      WHERE ${mine('c')} AND r.type IN ('denies', 'doubts', 'contradicts') AND r.status <> 'rejected'
        AND c.status <> 'rejected' AND t.status <> 'rejected'
        AND (${own}::int IS NULL OR t.party_id <> ${own}::int)
      GROUP BY p.key, p.name
      ORDER BY count DESC, p.name
      LIMIT 5`,
  ]);
  return { claimCount, disputedCount: disputed[0]?.n ?? 0, disputesMost: most };
}
