import type { Database } from '../db/open-database.js';

/** Lists the parties that made at least one claim (most claims first), each with its claim count. */
export async function findParties(db: Database) {
  const parties = await db.prisma.party.findMany({
    where: { claims: { some: {} } },
    select: { id: true, key: true, name: true, kind: true, _count: { select: { claims: true, actors: true } } },
  });
  return parties.sort((a, b) => b._count.claims - a._count.claims || a.name.localeCompare(b.name));
}

/** One row of {@link findParties}. */
export type PartyListItem = Awaited<ReturnType<typeof findParties>>[number];
