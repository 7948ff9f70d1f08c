import type { Claim, ClaimRelation, Prisma } from '../generated/prisma/client.js';

/** A Prisma client or the `tx` of an interactive transaction. */
type Client = Pick<Prisma.TransactionClient, 'claim' | 'claimRelation'>;

/**
 * Outcome of an optimistic-locking update: `conflict` means someone else
 * changed the row since the editor loaded `expectedVersion` (`current` is
 * their version, for a merge or a "reload" message).
 */
export type VersionedUpdate<Row> =
  | { status: 'updated'; row: Row }
  | { status: 'conflict'; current: Row }
  | { status: 'not-found' };

/**
 * Updates a claim only if its `version` is still `expectedVersion`, bumping
 * the version in the same statement (UPDATE ... WHERE id = $1 AND version = $2),
 * so of two editors saving the same claim the second gets `conflict`.
 * Relay rows are not touched: replace them in the same transaction.
 */
export async function updateClaimIfVersion(
  client: Client,
  id: number,
  expectedVersion: number,
  data: Omit<Prisma.ClaimUncheckedUpdateManyInput, 'id' | 'version'>,
): Promise<VersionedUpdate<Claim>> {
  const { count } = await client.claim.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  const row = await client.claim.findUnique({ where: { id } });
  if (row === null) return { status: 'not-found' };
  return count === 1 ? { status: 'updated', row } : { status: 'conflict', current: row };
}

/** Same as {@link updateClaimIfVersion}, for a relation between claims. */
export async function updateRelationIfVersion(
  client: Client,
  id: number,
  expectedVersion: number,
  data: Omit<Prisma.ClaimRelationUncheckedUpdateManyInput, 'id' | 'version'>,
): Promise<VersionedUpdate<ClaimRelation>> {
  const { count } = await client.claimRelation.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  const row = await client.claimRelation.findUnique({ where: { id } });
  if (row === null) return { status: 'not-found' };
  return count === 1 ? { status: 'updated', row } : { status: 'conflict', current: row };
}
