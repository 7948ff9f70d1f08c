/** Party tones 0-6 are colours; 7 (grey) is the author's voice and unknown sources. */
export const PARTY_TONES = 7;

/** A party's colour class, stable across pages (derived from its id); never the only signal, always shown with the name. */
export function presentPartyTone(party: { id: number; key: string; kind: string }): string {
  if (party.kind === 'author' || party.key === 'unknown') return 'tone-7';
  return `tone-${party.id % PARTY_TONES}`;
}
