import type { LanguagePack } from '../language-pack.js';

/** English language pack. */
export const englishPack: LanguagePack = {
  language: 'en',
  abbreviations: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'u.s', 'e.g', 'i.e', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'no', 'vs']),
  quotePairs: [
    { open: '“', close: ['”'] },
    { open: '"', close: ['"', '”'] },
    { open: '‘', close: ['’'] },
    { open: '\'', close: ['\''] },
    { open: '„', close: ['“', '”'] },
    { open: '»', close: ['«'] },
    { open: '«', close: ['»'] },
  ],
  cueWords: new Map(),
  separableParticles: new Set(),
  phraseCues: [],
  complementizers: new Set(['that', 'whether']),
  reportedMoodForms: new Set(),
  passiveAuxiliaries: new Set(['was', 'were', 'been', 'being']),
  agentPrepositions: new Set(['by']),
  determiners: new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their']),
  subjectPronouns: new Set(['he', 'she', 'they', 'we', 'i', 'it']),
  speakerStopWords: new Set(),
  speakerInnerWords: new Set(),
  nounsCapitalized: false,
  hedges: new Set(['apparently', 'reportedly', 'allegedly', 'seemingly', 'supposedly', 'purportedly']),
};
