import { AppError } from '../errors.js';
import type { ActorKind, Prisma } from '../generated/prisma/client.js';

/** An editor's values for an actor. */
export interface ActorValues {
  name: string;
  kind: string;
  /** Party key. */
  party: string;
  aliases: string[];
}

/** Checks the values and resolves the party; VALIDATION_FAILED lists every problem. */
export async function checkActorValues(tx: Prisma.TransactionClient, values: ActorValues): Promise<{ name: string; kind: ActorKind; partyId: number }> {
  const problems: string[] = [];
  const name = values.name.trim().replace(/\s+/g, ' ');
  if (name === '') problems.push('Name: must not be empty');
  if (name.length > 200) problems.push('Name: at most 200 characters');
  if (values.kind !== 'person' && values.kind !== 'institution') problems.push('Kind: person or institution');
  if (values.aliases.length > 200) problems.push('Aliases: at most 200');
  const party = await tx.party.findUnique({ where: { key: values.party }, select: { id: true } });
  if (!party) problems.push(`Party: no party with the key "${values.party}"`);
  if (problems.length > 0 || !party) throw new AppError('VALIDATION_FAILED', { message: 'The actor is not valid.', details: problems });
  return { name, kind: values.kind as ActorKind, partyId: party.id };
}
