import type { Database } from '../db/open-database.js';
import { compileKnowledge, getDefaultKnowledge, type ActorSeed, type Knowledge, type PartySeed } from '../knowledge/index.js';

/** The parties and actors in the database as seeds (empty lists when none is stored yet). */
export async function loadKnowledgeSeeds(db: Database): Promise<{ parties: PartySeed[]; actors: ActorSeed[] }> {
  const [parties, actors] = await Promise.all([
    db.prisma.party.findMany({ orderBy: { id: 'asc' }, include: { aliases: { select: { alias: true } } } }),
    db.prisma.actor.findMany({ orderBy: { id: 'asc' }, include: { aliases: { select: { alias: true } }, party: { select: { key: true } } } }),
  ]);
  return {
    parties: parties.map((party) => ({ key: party.key, name: party.name, kind: party.kind, aliases: party.aliases.map((row) => row.alias) })),
    actors: actors.map((actor) => ({
      key: actor.key,
      name: actor.name,
      kind: actor.kind,
      party: actor.party.key,
      aliases: actor.aliases.map((row) => row.alias),
    })),
  };
}

/**
 * Compiles the extractor's world knowledge from the parties and actors in
 * the database (editors may have changed them); the default knowledge when
 * the database holds no parties yet.
 */
export async function loadKnowledge(db: Database): Promise<Knowledge> {
  const { parties, actors } = await loadKnowledgeSeeds(db);
  if (parties.length === 0) return getDefaultKnowledge();
  return compileKnowledge(parties, actors);
}
