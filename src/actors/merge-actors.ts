import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { CLAIM_SNAPSHOT, snapshotClaim } from '../claims/claim-snapshot.js';
import { ACTOR_SNAPSHOT, aliasRows, snapshotActor } from './actor-snapshot.js';

/**
 * Merges a duplicate actor into a survivor: the duplicate's name and aliases
 * become the survivor's aliases (no repeats), its claims move to the
 * survivor (each audited on the claim), and the duplicate is deleted.
 */
export async function mergeActors(db: Database, options: { survivorId: number; duplicateId: number; userId: number }) {
  const { survivorId, duplicateId, userId } = options;
  if (survivorId === duplicateId) throw new AppError('VALIDATION_FAILED', { message: 'An actor cannot be merged into itself.' });
  return db.prisma.$transaction(async (tx) => {
    const [survivor, duplicate] = await Promise.all([
      tx.actor.findUnique({ where: { id: survivorId }, include: ACTOR_SNAPSHOT }),
      tx.actor.findUnique({ where: { id: duplicateId }, include: ACTOR_SNAPSHOT }),
    ]);
    if (!survivor || !duplicate) throw new AppError('ACTOR_NOT_FOUND');
    const known = new Set([survivor.name, ...survivor.aliases.map((row) => row.alias)]);
    const added = aliasRows([duplicate.name, ...duplicate.aliases.map((row) => row.alias)]).filter((row) => !known.has(row.alias));
    if (added.length > 0) await tx.actorAlias.createMany({ data: added.map((row) => ({ ...row, actorId: survivorId })) });

    const claims = await tx.claim.findMany({ where: { actorId: duplicateId }, include: CLAIM_SNAPSHOT });
    await tx.claim.updateMany({ where: { actorId: duplicateId }, data: { actorId: survivorId, version: { increment: 1 } } });
    for (const claim of claims) {
      const after = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, include: CLAIM_SNAPSHOT });
      await recordAudit(tx, { userId, entityType: 'claim', entityId: claim.id, action: 'merge-actor', before: snapshotClaim(claim), after: snapshotClaim(after) });
    }
    await tx.actor.delete({ where: { id: duplicateId } });
    const merged = await tx.actor.update({ where: { id: survivorId }, data: { version: { increment: 1 } }, include: ACTOR_SNAPSHOT });
    await recordAudit(tx, {
      userId,
      entityType: 'actor',
      entityId: survivorId,
      action: 'merge',
      before: { survivor: snapshotActor(survivor), duplicate: { id: duplicate.id, ...snapshotActor(duplicate) } },
      after: { ...snapshotActor(merged), movedClaims: claims.map((claim) => claim.id) },
    });
    await recordAudit(tx, { userId, entityType: 'actor', entityId: duplicateId, action: 'delete', before: snapshotActor(duplicate), after: { mergedInto: survivorId } });
    return { actor: merged, movedClaims: claims.length };
  });
}
