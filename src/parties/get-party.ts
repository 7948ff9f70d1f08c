import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';

/** Gets a party by key with its actors; PARTY_NOT_FOUND when absent. */
export async function getParty(db: Database, options: { key: string }) {
  const party = await db.prisma.party.findUnique({
    where: { key: options.key },
    select: { id: true, key: true, name: true, kind: true, actors: { select: { id: true, key: true, name: true }, orderBy: { name: 'asc' } } },
  });
  if (!party) throw new AppError('PARTY_NOT_FOUND');
  return party;
}

/** A party as returned by {@link getParty}. */
export type PartyDetail = Awaited<ReturnType<typeof getParty>>;
