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

interface Counts {
  claim_count: number;
  disputed_count: number;
}

/** Dispute statistics of one party's or one actor's claims (rejected claims and relations left out). */
export async function countDisputes(db: Database, scope: { partyId: number } | { actorId: number }): Promise<DisputeStats> {
  const mine = (alias: string) =>
    'partyId' in scope
      ? Prisma.sql`${Prisma.raw(alias)}.party_id = ${scope.partyId}`
      : Prisma.sql`${Prisma.raw(alias)}.actor_id = ${scope.actorId}`;
  const own = 'partyId' in scope ? scope.partyId : null;
  const [counts, most] = await Promise.all([
    db.prisma.$queryRaw<Counts[]>`
      SELECT count(*)::int AS claim_count,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM claim_relations r JOIN claims f ON f.id = r.from_id
               WHERE r.to_id = c.id AND r.type::text IN ('denies', 'doubts', 'contradicts')
                 AND r.status::text <> 'rejected' AND f.status::text <> 'rejected'))::int AS disputed_count
      FROM claims c WHERE ${mine('c')} AND c.status::text <> 'rejected'`,
    db.prisma.$queryRaw<{ key: string; name: string; count: number }[]>`
      SELECT p.key, p.name, count(*)::int AS count
      FROM claim_relations r
      JOIN claims c ON c.id = r.from_id
      JOIN claims t ON t.id = r.to_id
      JOIN parties p ON p.id = t.party_id
      WHERE ${mine('c')} AND r.type::text IN ('denies', 'doubts', 'contradicts') AND r.status::text <> 'rejected'
        AND c.status::text <> 'rejected' AND t.status::text <> 'rejected'
        AND (${own}::int IS NULL OR t.party_id <> ${own}::int)
      GROUP BY p.key, p.name
      ORDER BY count DESC, p.name
      LIMIT 5`,
  ]);
  const row = counts[0] ?? { claim_count: 0, disputed_count: 0 };
  return { claimCount: row.claim_count, disputedCount: row.disputed_count, disputesMost: most };
}
