import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { ACTOR_SNAPSHOT, aliasRows, snapshotActor } from './actor-snapshot.js';
import { checkActorValues, type ActorValues } from './actor-values.js';

/**
 * Changes an actor's name, kind, party and aliases (the alias list is
 * replaced) if it is still at `expectedVersion`, else VERSION_CONFLICT
 * listing the current values. Audited in the same transaction.
 */
export async function updateActor(db: Database, options: { actorId: number; expectedVersion: number; values: ActorValues; userId: number }) {
  return db.prisma.$transaction(async (tx) => {
    const before = await tx.actor.findUnique({ where: { id: options.actorId }, include: ACTOR_SNAPSHOT });
    if (!before) throw new AppError('ACTOR_NOT_FOUND');
    const { name, kind, partyId } = await checkActorValues(tx, options.values);
    const { count } = await tx.actor.updateMany({
      where: { id: options.actorId, version: options.expectedVersion },
      data: { name, kind, partyId, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = snapshotActor(before);
      throw new AppError('VERSION_CONFLICT', {
        message: 'Someone else changed this actor while you were editing it. Nothing was saved. These are the values saved now:',
        details: [`Name: ${current.name}`, `Kind: ${current.kind}`, `Party: ${current.party}`, `Aliases: ${current.aliases.join(', ') || '—'}`],
      });
    }
    await tx.actorAlias.deleteMany({ where: { actorId: options.actorId } });
    await tx.actorAlias.createMany({ data: aliasRows(options.values.aliases).map((row) => ({ ...row, actorId: options.actorId })) });
    const after = await tx.actor.findUniqueOrThrow({ where: { id: options.actorId }, include: ACTOR_SNAPSHOT });
    await recordAudit(tx, { userId: options.userId, entityType: 'actor', entityId: after.id, action: 'update', before: snapshotActor(before), after: snapshotActor(after) });
    return after;
  });
}
