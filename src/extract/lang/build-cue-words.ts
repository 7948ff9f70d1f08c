import type { CueWord } from './language-pack.js';

/** One verb of a reporting-verb list, already expanded to its forms. */
export interface VerbForms {
  lemma: string;
  /** Separable particle ("mit" for "mitteilen"); the listed finite forms then need it at the clause end. */
  particle?: string;
  /** Finite and infinitive forms of the base verb ("teilte", "teilen"). */
  finite: string[];
  /** Past participles of the base verb ("geteilt"). */
  participles: string[];
  speechAct: boolean;
}

/** Particles at least this long may be written apart before the verb ("bekannt gab", "bekannt gegeben"); "zu sagen" is no "zusagen". */
export const DETACHED_PARTICLE_LENGTH = 5;

/**
 * Builds the form -> entries map of a pack from expanded verbs and nouns.
 * For a separable verb the bare finite forms require the particle
 * ("wies ... zurück"), while the joined forms ("zurückwies",
 * "zurückgewiesen", "zurückzuweisen") stand alone.
 */
export function buildCueWords(verbs: readonly VerbForms[], nouns: readonly string[] = []): Map<string, CueWord[]> {
  const map = new Map<string, CueWord[]>();
  const add = (form: string, word: CueWord): void => {
    const list = map.get(form) ?? [];
    if (!list.some((w) => w.lemma === word.lemma && w.particle === word.particle && w.participle === word.participle)) list.push(word);
    map.set(form, list);
  };
  for (const verb of verbs) {
    const base = { lemma: verb.lemma, speakerSide: 'either' as const, speechAct: verb.speechAct, pos: 'verb' as const };
    for (const form of verb.finite) {
      if (verb.particle) {
        add(form, { ...base, particle: verb.particle, participle: false });
        add(verb.particle + form, { ...base, participle: false });
        add(`${verb.particle}zu${form}`, { ...base, participle: false });
      } else {
        add(form, { ...base, participle: false });
      }
    }
    for (const form of verb.participles) {
      add((verb.particle ?? '') + form, { ...base, participle: true });
      // Written apart after a long particle ("bekannt gegeben"): the particle must stand right before it.
      if (verb.particle && verb.particle.length >= DETACHED_PARTICLE_LENGTH) add(form, { ...base, particle: verb.particle, participle: true });
    }
  }
  for (const noun of nouns) add(noun, { lemma: noun, speakerSide: 'none', speechAct: false, participle: false, pos: 'noun' });
  return map;
}
