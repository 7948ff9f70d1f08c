import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { recordLinkOnClaims, relationJson } from './add-claim-relation.js';

/**
 * Removes a link between claims: an editor-made link is deleted; a link the
 * machine made is marked `rejected` (kept, so re-extraction does not bring
 * it back). Audited.
 */
export async function removeClaimRelation(db: Database, options: { relationId: number; userId: number }) {
  return db.prisma.$transaction(async (tx) => {
    const relation = await tx.claimRelation.findUnique({ where: { id: options.relationId } });
    if (!relation) throw new AppError('RELATION_NOT_FOUND');
    if (relation.origin === 'editor') {
      await tx.claimRelation.delete({ where: { id: relation.id } });
      await recordAudit(tx, { userId: options.userId, entityType: 'relation', entityId: relation.id, action: 'delete', before: relationJson(relation) });
      await recordLinkOnClaims(tx, options.userId, relation, 'remove-link');
      return null;
    }
    const after = await tx.claimRelation.update({ where: { id: relation.id }, data: { status: 'rejected', version: { increment: 1 } } });
    await recordAudit(tx, { userId: options.userId, entityType: 'relation', entityId: relation.id, action: 'reject', before: relationJson(relation), after: relationJson(after) });
    await recordLinkOnClaims(tx, options.userId, relation, 'remove-link');
    return after;
  });
}
