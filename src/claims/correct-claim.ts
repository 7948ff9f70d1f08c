import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { Prisma, type ClaimKind } from '../generated/prisma/client.js';
import { updateClaimIfVersion } from '../db/versioned-update.js';
import { recordAudit } from '../audit/record-audit.js';
import { CLAIM_SNAPSHOT, snapshotClaim, type ClaimSnapshot } from './claim-snapshot.js';

const KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'mixed', 'reported', 'author'];

/** An editor's values for a claim; spans are UTF-16 offsets into the article text (null pairs: none). */
export interface ClaimCorrection {
  kind: string;
  start: number;
  end: number;
  speakerStart: number | null;
  speakerEnd: number | null;
  cueStart: number | null;
  cueEnd: number | null;
  actorId: number | null;
  party: string;
  /** Relay chain of party keys, outermost first. */
  via: string[];
}

/** Outcome of {@link correctClaim}. */
export type CorrectClaimResult =
  | { status: 'updated'; claim: ClaimSnapshot }
  | { status: 'unchanged'; claim: ClaimSnapshot }
  | { status: 'conflict'; current: ClaimSnapshot; attempted: ClaimCorrection };

/**
 * Applies an editor's correction to a claim if nobody changed it since the
 * editor loaded `expectedVersion` (else `conflict`, nothing written). Spans
 * are checked against the article text; the claim becomes `corrected` and
 * the change is audited in the same transaction. A continuation whose cue
 * (the one it shows from the claim it continues) is removed or changed no
 * longer continues that claim.
 */
export async function correctClaim(
  db: Database,
  options: { claimId: number; expectedVersion: number; userId: number; correction: ClaimCorrection },
): Promise<CorrectClaimResult> {
  const { claimId, expectedVersion, userId, correction } = options;
  return db.prisma.$transaction(async (tx): Promise<CorrectClaimResult> => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: { ...CLAIM_SNAPSHOT, article: { select: { text: true } } } });
    if (!claim) throw new AppError('CLAIM_NOT_FOUND');
    const before = snapshotClaim(claim);
    if (claim.version !== expectedVersion) return { status: 'conflict', current: before, attempted: correction };

    const text = claim.article.text;
    const problems: string[] = [];
    const span = (name: string, start: number | null, end: number | null, required: boolean) => {
      if (start === null && end === null && !required) return null;
      if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end)) {
        problems.push(`${name}: give both start and end as whole numbers${required ? '' : ', or leave both empty'}`);
        return null;
      }
      if (start < 0 || end > text.length || start >= end) {
        problems.push(`${name}: must satisfy 0 ≤ start < end ≤ ${text.length} (the article's length)`);
        return null;
      }
      if (text.slice(start, end).trim() === '') problems.push(`${name}: the span holds only spaces`);
      return { text: text.slice(start, end), start, end };
    };
    const content = span('Content', correction.start, correction.end, true);
    const speaker = span('Speaker', correction.speakerStart, correction.speakerEnd, false);
    const cue = span('Cue', correction.cueStart, correction.cueEnd, false);
    if (!KINDS.includes(correction.kind as ClaimKind)) problems.push(`Kind: must be one of ${KINDS.join(', ')}`);
    const partyKeys = [...new Set([correction.party, ...correction.via])];
    const parties = await tx.party.findMany({ where: { key: { in: partyKeys } }, select: { id: true, key: true } });
    const partyIds = new Map(parties.map((party) => [party.key, party.id]));
    for (const key of partyKeys) if (!partyIds.has(key)) problems.push(`Party: no party with the key "${key}"`);
    if (correction.actorId !== null && !(await tx.actor.findUnique({ where: { id: correction.actorId }, select: { id: true } }))) {
      problems.push('Actor: no such actor');
    }
    if (problems.length > 0 || !content) throw new AppError('VALIDATION_FAILED', { message: 'The correction is not valid.', details: problems });

    const cueUnchanged = cue?.start === claim.cueStart && cue?.end === claim.cueEnd;
    const result = await updateClaimIfVersion(tx, claimId, expectedVersion, {
      kind: correction.kind as ClaimKind,
      text: content.text,
      start: content.start,
      end: content.end,
      speakerText: speaker?.text ?? null,
      speakerStart: speaker?.start ?? null,
      speakerEnd: speaker?.end ?? null,
      cueText: cue?.text ?? null,
      cueStart: cue?.start ?? null,
      cueEnd: cue?.end ?? null,
      ...(cueUnchanged ? {} : { cueParts: Prisma.DbNull }),
      // A continuation shows the cue of the claim it continues: an editor who removes or changes that cue detaches it.
      ...(cueUnchanged || claim.continuesId === null ? {} : { continuesId: null }),
      actorId: correction.actorId,
      partyId: partyIds.get(correction.party)!,
      status: 'corrected',
      reviewedById: userId,
      reviewedAt: new Date(),
    });
    if (result.status === 'not-found') throw new AppError('CLAIM_NOT_FOUND');
    if (result.status === 'conflict') {
      const current = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: CLAIM_SNAPSHOT });
      return { status: 'conflict', current: snapshotClaim(current), attempted: correction };
    }
    await tx.claimRelay.deleteMany({ where: { claimId } });
    if (correction.via.length > 0) {
      await tx.claimRelay.createMany({ data: correction.via.map((key, position) => ({ claimId, position, partyId: partyIds.get(key)! })) });
    }
    const after = snapshotClaim(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: CLAIM_SNAPSHOT }));
    const { status: _s, version: _v, ...beforeValues } = before;
    const { status: _s2, version: _v2, ...afterValues } = after;
    if (JSON.stringify(beforeValues) === JSON.stringify(afterValues)) {
      throw new Unchanged(before);
    }
    await recordAudit(tx, { userId, entityType: 'claim', entityId: claimId, action: 'correct', before, after });
    return { status: 'updated', claim: after };
  }).catch((error: unknown) => {
    // Nothing changed: the transaction was rolled back, the claim keeps its status and version.
    if (error instanceof Unchanged) return { status: 'unchanged', claim: error.claim } as const;
    throw error;
  });
}

/** Thrown inside the transaction to roll back a save that changes nothing. */
class Unchanged extends Error {
  constructor(readonly claim: ClaimSnapshot) {
    super('unchanged');
  }
}
