import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import type { RelationType } from '../generated/prisma/client.js';
import { recordAudit } from '../audit/record-audit.js';

const TYPES: readonly RelationType[] = ['denies', 'doubts', 'contradicts', 'supports'];

/**
 * Adds an editor's link "claim `fromId` denies/doubts/contradicts/supports
 * claim `toId`" (origin editor, status confirmed). A link the machine made
 * and an editor removed earlier is restored instead. Audited.
 */
export async function addClaimRelation(db: Database, options: { fromId: number; toId: number; type: string; userId: number }) {
  const { fromId, toId, userId } = options;
  if (!TYPES.includes(options.type as RelationType)) throw new AppError('VALIDATION_FAILED', { message: `The link type must be one of ${TYPES.join(', ')}.` });
  if (fromId === toId) throw new AppError('VALIDATION_FAILED', { message: 'A claim cannot be linked to itself.' });
  const type = options.type as RelationType;
  return db.prisma.$transaction(async (tx) => {
    const claims = await tx.claim.count({ where: { id: { in: [fromId, toId] } } });
    if (claims !== 2) throw new AppError('CLAIM_NOT_FOUND', { message: 'The other claim does not exist.' });
    const existing = await tx.claimRelation.findUnique({ where: { fromId_toId_type: { fromId, toId, type } } });
    if (existing && existing.status !== 'rejected') return existing;
    const relation = existing
      ? await tx.claimRelation.update({ where: { id: existing.id }, data: { status: 'confirmed', version: { increment: 1 } } })
      : await tx.claimRelation.create({ data: { fromId, toId, type, confidence: 1, status: 'confirmed', origin: 'editor' } });
    await recordAudit(tx, {
      userId,
      entityType: 'relation',
      entityId: relation.id,
      action: existing ? 'restore' : 'create',
      before: existing ? relationJson(existing) : undefined,
      after: relationJson(relation),
    });
    await recordLinkOnClaims(tx, userId, relation, 'add-link');
    return relation;
  });
}

/** A relation as audited. */
export function relationJson(relation: { id: number; fromId: number; toId: number; type: string; status: string; origin: string }) {
  return { id: relation.id, fromId: relation.fromId, toId: relation.toId, type: relation.type, status: relation.status, origin: relation.origin };
}

/** Notes a link change in the history of both claims it joins (their pages list AuditEntry rows of the claim). */
export async function recordLinkOnClaims(
  tx: Parameters<typeof recordAudit>[0],
  userId: number,
  relation: { id: number; fromId: number; toId: number; type: string },
  action: 'add-link' | 'remove-link',
): Promise<void> {
  const link = `#${relation.fromId} ${relation.type} #${relation.toId}`;
  for (const claimId of [relation.fromId, relation.toId]) {
    await recordAudit(tx, {
      userId,
      entityType: 'claim',
      entityId: claimId,
      action,
      before: action === 'remove-link' ? { link } : undefined,
      after: action === 'add-link' ? { link } : undefined,
    });
  }
}
