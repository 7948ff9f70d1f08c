import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';

/** Gets an actor with its aliases, party and claim count, plus the parties to choose from; ACTOR_NOT_FOUND when absent. */
export async function getEditableActor(db: Database, options: { id: number }) {
  const actor = await db.prisma.actor.findUnique({
    where: { id: options.id },
    include: {
      party: { select: { key: true, name: true } },
      aliases: { orderBy: { alias: 'asc' }, select: { alias: true } },
      _count: { select: { claims: true } },
    },
  });
  if (!actor) throw new AppError('ACTOR_NOT_FOUND');
  const parties = await db.prisma.party.findMany({ orderBy: { name: 'asc' }, select: { key: true, name: true } });
  return { actor, parties };
}
