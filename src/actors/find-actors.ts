import type { Database } from '../db/open-database.js';

/** Lists actors by name with their party, aliases and number of claims (for the editors' actor list). */
export async function findActors(db: Database) {
  return db.prisma.actor.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    include: {
      party: { select: { key: true, name: true } },
      aliases: { orderBy: { alias: 'asc' }, select: { alias: true } },
      _count: { select: { claims: true } },
    },
  });
}
