import type { Database } from '../db/open-database.js';
import { recordAudit } from '../audit/record-audit.js';
import { ACTOR_SNAPSHOT, aliasRows, snapshotActor } from './actor-snapshot.js';
import { checkActorValues, type ActorValues } from './actor-values.js';

/** Creates an actor (its key is its name, numbered when taken) with aliases; audited. */
export async function createActor(db: Database, options: { values: ActorValues; userId: number }) {
  return db.prisma.$transaction(async (tx) => {
    const { name, kind, partyId } = await checkActorValues(tx, options.values);
    let key = name;
    for (let n = 2; await tx.actor.findUnique({ where: { key }, select: { id: true } }); n++) key = `${name} (${n})`;
    const actor = await tx.actor.create({
      data: { key, name, kind, partyId, aliases: { create: aliasRows(options.values.aliases) } },
      include: ACTOR_SNAPSHOT,
    });
    await recordAudit(tx, { userId: options.userId, entityType: 'actor', entityId: actor.id, action: 'create', after: snapshotActor(actor) });
    return actor;
  });
}
