import type { Database } from '../db/open-database.js';
import { compileKnowledge, getDefaultKnowledge, type Knowledge } from '../knowledge/index.js';

/**
 * Compiles the extractor's world knowledge from the parties and actors in
 * the database (editors may have changed them); the default knowledge when
 * the database holds no parties yet.
 */
export async function loadKnowledge(db: Database): Promise<Knowledge> {
  const [parties, actors] = await Promise.all([
    db.prisma.party.findMany({ orderBy: { id: 'asc' }, include: { aliases: { select: { alias: true } } } }),
    db.prisma.actor.findMany({ orderBy: { id: 'asc' }, include: { aliases: { select: { alias: true } }, party: { select: { key: true } } } }),
  ]);
  if (parties.length === 0) return getDefaultKnowledge();
  return compileKnowledge(
    parties.map((party) => ({ key: party.key, name: party.name, kind: party.kind, aliases: party.aliases.map((row) => row.alias) })),
    actors.map((actor) => ({
      key: actor.key,
      name: actor.name,
      kind: actor.kind,
      party: actor.party.key,
      aliases: actor.aliases.map((row) => row.alias),
    })),
  );
}
