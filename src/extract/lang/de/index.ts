import type { LanguagePack } from '../language-pack.js';

/** German language pack. */
export const germanPack: LanguagePack = {
  language: 'de',
  abbreviations: new Set(['dr', 'prof', 'z.b', 'u.a', 'bzw', 'ca', 'nr', 'st', 'mio', 'mrd', 'usw', 'vgl']),
  quotePairs: [
    { open: '„', close: ['“', '”', '"'] },
    { open: '»', close: ['«'] },
    { open: '«', close: ['»'] },
    { open: '"', close: ['"', '“', '”'] },
    { open: '“', close: ['”', '“'] },
    { open: '‚', close: ['‘', '’'] },
    { open: '›', close: ['‹'] },
    { open: '‹', close: ['›'] },
    { open: '\'', close: ['\''] },
    { open: '‘', close: ['’'] },
  ],
  cueWords: new Map(),
  separableParticles: new Set(),
  phraseCues: [],
  complementizers: new Set(['dass', 'daß', 'ob']),
  reportedMoodForms: new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'würde', 'würden']),
  passiveAuxiliaries: new Set(['wurde', 'wurden', 'worden']),
  agentPrepositions: new Set(['von']),
  determiners: new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']),
  subjectPronouns: new Set(['er', 'sie', 'es', 'man', 'wir', 'ich']),
  speakerStopWords: new Set(),
  speakerInnerWords: new Set(),
  nounsCapitalized: true,
  hedges: new Set(['offenbar', 'angeblich', 'vermutlich', 'mutmaßlich', 'wohl', 'anscheinend', 'scheinbar']),
};
