import type { PrismaClient } from '../generated/prisma/client.js';
import { DEFAULT_ACTORS, DEFAULT_PARTIES, normalizeAlias, type ActorSeed, type PartySeed } from '../knowledge/index.js';

/** What {@link seedKnowledge} created. */
export interface SeedReport {
  parties: number;
  actors: number;
  /** Actors skipped because their party does not exist. */
  skipped: string[];
}

/**
 * Creates the parties and actors (with their aliases) that are missing by
 * key. Idempotent: existing rows, including editors' changes, are left
 * alone, so running it twice creates nothing the second time. Runs in one
 * transaction.
 */
export async function seedKnowledge(
  prisma: PrismaClient,
  parties: readonly PartySeed[] = DEFAULT_PARTIES,
  actors: readonly ActorSeed[] = DEFAULT_ACTORS,
): Promise<SeedReport> {
  return prisma.$transaction(
    async (tx) => {
      const existingParties = new Set((await tx.party.findMany({ select: { key: true } })).map((party) => party.key));
      const newParties = uniqueByKey(parties).filter((party) => !existingParties.has(party.key));
      // skipDuplicates: two processes seeding the same new database at once both succeed.
      await tx.party.createMany({ data: newParties.map(({ key, name, kind }) => ({ key, name, kind })), skipDuplicates: true });
      const partyIds = new Map((await tx.party.findMany({ select: { id: true, key: true } })).map((party) => [party.key, party.id]));
      await tx.partyAlias.createMany({
        data: newParties.flatMap((party) => aliasRows(party.aliases).map((alias) => ({ ...alias, partyId: partyIds.get(party.key) ?? 0 }))),
        skipDuplicates: true,
      });

      const existingActors = new Set((await tx.actor.findMany({ select: { key: true } })).map((actor) => actor.key));
      const skipped: string[] = [];
      const newActors = uniqueByKey(actors).filter((actor) => {
        if (existingActors.has(actor.key)) return false;
        if (!partyIds.has(actor.party)) skipped.push(actor.key);
        return partyIds.has(actor.party);
      });
      await tx.actor.createMany({
        data: newActors.map(({ key, name, kind, party }) => ({ key, name, kind, partyId: partyIds.get(party) ?? 0 })),
        skipDuplicates: true,
      });
      const actorIds = new Map((await tx.actor.findMany({ select: { id: true, key: true } })).map((actor) => [actor.key, actor.id]));
      await tx.actorAlias.createMany({
        data: newActors.flatMap((actor) => aliasRows(actor.aliases).map((alias) => ({ ...alias, actorId: actorIds.get(actor.key) ?? 0 }))),
        skipDuplicates: true,
      });
      return { parties: newParties.length, actors: newActors.length, skipped };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

function uniqueByKey<T extends { key: string }>(seeds: readonly T[]): T[] {
  return [...new Map(seeds.map((seed) => [seed.key, seed])).values()];
}

function aliasRows(aliases: readonly string[]): { alias: string; normalized: string }[] {
  const unique = [...new Set(aliases.map((alias) => alias.trim()).filter((alias) => alias !== ''))];
  return unique.map((alias) => ({ alias, normalized: normalizeAlias(alias) }));
}
