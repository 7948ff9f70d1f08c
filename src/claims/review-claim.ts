import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { updateClaimIfVersion } from '../db/versioned-update.js';
import { recordAudit } from '../audit/record-audit.js';
import { CLAIM_SNAPSHOT, snapshotClaim, type ClaimSnapshot } from './claim-snapshot.js';

/** An editor's decision on a claim as extracted: it stands, or it is not a claim (kept, marked rejected). */
export type ReviewDecision = 'confirm' | 'reject';

/** Outcome of {@link reviewClaim}. */
export type ReviewClaimResult = { status: 'updated'; claim: ClaimSnapshot } | { status: 'conflict'; current: ClaimSnapshot };

/**
 * Confirms or rejects a claim if it is still at `expectedVersion`; the
 * status becomes `confirmed` or `rejected` (never deleted) and the decision
 * is audited in the same transaction.
 */
export async function reviewClaim(
  db: Database,
  options: { claimId: number; expectedVersion: number; userId: number; decision: ReviewDecision },
): Promise<ReviewClaimResult> {
  const { claimId, expectedVersion, userId, decision } = options;
  if (decision !== 'confirm' && decision !== 'reject') throw new AppError('VALIDATION_FAILED', { details: ['decision: confirm or reject'] });
  return db.prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: CLAIM_SNAPSHOT });
    if (!claim) throw new AppError('CLAIM_NOT_FOUND');
    const result = await updateClaimIfVersion(tx, claimId, expectedVersion, {
      status: decision === 'confirm' ? 'confirmed' : 'rejected',
      reviewedById: userId,
      reviewedAt: new Date(),
    });
    if (result.status === 'not-found') throw new AppError('CLAIM_NOT_FOUND');
    const after = snapshotClaim(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: CLAIM_SNAPSHOT }));
    if (result.status === 'conflict') return { status: 'conflict', current: after };
    await recordAudit(tx, { userId, entityType: 'claim', entityId: claimId, action: decision, before: snapshotClaim(claim), after });
    return { status: 'updated', claim: after };
  });
}
