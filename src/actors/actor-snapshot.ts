import type { Prisma } from '../generated/prisma/client.js';
import { normalizeAlias } from '../knowledge/index.js';

/** What is loaded with an actor to describe it for the audit log. */
export const ACTOR_SNAPSHOT = {
  party: { select: { key: true } },
  aliases: { orderBy: { alias: 'asc' }, select: { alias: true } },
} satisfies Prisma.ActorInclude;

type SnapshotRow = Prisma.ActorGetPayload<{ include: typeof ACTOR_SNAPSHOT }>;

/** An actor's editable values as plain JSON. */
export function snapshotActor(actor: SnapshotRow) {
  return { key: actor.key, name: actor.name, kind: actor.kind, party: actor.party.key, aliases: actor.aliases.map((row) => row.alias), version: actor.version };
}

/** Distinct, trimmed aliases with their lookup form, in the order given. */
export function aliasRows(aliases: readonly string[]): { alias: string; normalized: string }[] {
  const seen = new Set<string>();
  const rows: { alias: string; normalized: string }[] = [];
  for (const alias of aliases.map((value) => value.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    if (seen.has(alias) || alias.length > 200) continue;
    seen.add(alias);
    rows.push({ alias, normalized: normalizeAlias(alias) });
  }
  return rows;
}
