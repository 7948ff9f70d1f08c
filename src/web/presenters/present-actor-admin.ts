import type { findActors } from '../../actors/find-actors.js';
import type { getEditableActor } from '../../actors/get-editable-actor.js';
import type { ActorValues } from '../../actors/actor-values.js';

type ActorRows = Awaited<ReturnType<typeof findActors>>;
type Editable = Awaited<ReturnType<typeof getEditableActor>>;
type Parties = { key: string; name: string }[];

function aliasSummary(aliases: string[], limit = 4): string {
  if (aliases.length === 0) return '—';
  return aliases.length > limit ? `${aliases.slice(0, limit).join(', ')} +${aliases.length - limit}` : aliases.join(', ');
}

/** The editors' actor list with the create and merge forms. */
export function presentActorList(actors: ActorRows, parties: Parties, form: { values?: ActorValues; error?: { message: string; details: string[] } } = {}) {
  return {
    actors: actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      party: actor.party.name,
      kind: actor.kind,
      aliases: aliasSummary(actor.aliases.map((row) => row.alias)),
      claims: actor._count.claims,
      editHref: `/actors/${actor.id}/edit`,
      pageHref: `/actors/${actor.id}`,
      option: `${actor.name} · ${actor.party.name} (#${actor.id})`,
    })),
    create: {
      name: form.values?.name ?? '',
      kinds: ['person', 'institution'].map((kind) => ({ value: kind, selected: kind === (form.values?.kind ?? 'person') })),
      parties: parties.map((party) => ({ value: party.key, label: party.name, selected: party.key === form.values?.party })),
      aliases: form.values?.aliases.join('\n') ?? '',
    },
    error: form.error ?? null,
  };
}

/** The actor edit page. */
export function presentActorEdit(editable: Editable, options: { values?: ActorValues; error?: { message: string; details: string[] }; notice?: string } = {}) {
  const { actor, parties } = editable;
  const values: ActorValues = options.values ?? { name: actor.name, kind: actor.kind, party: actor.party.key, aliases: actor.aliases.map((row) => row.alias) };
  return {
    id: actor.id,
    key: actor.key,
    version: actor.version,
    claims: actor._count.claims,
    pageHref: `/actors/${actor.id}`,
    action: `/actors/${actor.id}/edit`,
    name: values.name,
    kinds: ['person', 'institution'].map((kind) => ({ value: kind, selected: kind === values.kind })),
    parties: parties.map((party) => ({ value: party.key, label: `${party.name} (${party.key})`, selected: party.key === values.party })),
    aliases: values.aliases.join('\n'),
    error: options.error ?? null,
    notice: options.notice ?? null,
  };
}
