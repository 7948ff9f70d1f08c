import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';

/** Gets an actor by id with its party; ACTOR_NOT_FOUND when absent. */
export async function getActor(db: Database, options: { id: number }) {
  const actor = await db.prisma.actor.findUnique({
    where: { id: options.id },
    select: { id: true, key: true, name: true, kind: true, party: { select: { id: true, key: true, name: true, kind: true } } },
  });
  if (!actor) throw new AppError('ACTOR_NOT_FOUND');
  return actor;
}

/** An actor as returned by {@link getActor}. */
export type ActorDetail = Awaited<ReturnType<typeof getActor>>;
