import { buildCueWords } from '../build-cue-words.js';
import type { LanguagePack } from '../language-pack.js';
import { parseCompanions } from '../parse-companions.js';
import { ENGLISH_REPORTING_VERBS } from './reporting-verbs.js';

/** English language pack. */
export const englishPack: LanguagePack = {
  language: 'en',
  abbreviations: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'u.s', 'e.g', 'i.e', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'no', 'vs', 'lt', 'col', 'capt', 'sgt', 'rev', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'etc', 'u.k', 'u.n']),
  quotePairs: [
    { open: '“', close: ['”'] },
    { open: '"', close: ['"', '”'] },
    { open: '‘', close: ['’'] },
    { open: '\'', close: ['\''] },
    { open: '„', close: ['“', '”'] },
    { open: '»', close: ['«'] },
    { open: '«', close: ['»'] },
  ],
  cueWords: buildCueWords(ENGLISH_REPORTING_VERBS),
  separableParticles: new Set(),
  phraseCues: [
    { words: ['according', 'to'], type: 'preposition', speakerSide: 'after' },
    { words: ['citing'], type: 'preposition', speakerSide: 'after' },
    { words: ['it', 'is', 'said'], type: 'impersonal', speakerSide: 'none' },
    { words: ['reportedly'], type: 'impersonal', speakerSide: 'none' },
  ],
  complementizers: new Set(['that', 'whether']),
  reportedMoodForms: new Set(),
  reportedCueForms: new Set(),
  continuationMoodForms: new Set(),
  sourceNouns: new Set(['reports', 'sources', 'officials', 'statement']),
  bareSubjectNouns: new Set(['diplomats', 'officials', 'sources', 'analysts', 'experts', 'witnesses', 'police', 'residents', 'critics',
    'observers', 'activists', 'prosecutors', 'investigators', 'authorities', 'lawmakers', 'legislators', 'officers', 'doctors',
    'scientists', 'researchers', 'economists', 'protesters', 'organizers', 'organisers', 'rebels', 'troops', 'aides', 'allies',
    'investors', 'traders', 'voters', 'citizens', 'workers', 'employees', 'leaders', 'ministers', 'members', 'people', 'negotiators',
    'media', 'television', 'radio', 'tv']),
  attributiveCueWords: new Set(['state']),
  clauseOnlyLemmas: new Set(['think', 'believe', 'find', 'know', 'rule', 'recall', 'conclude']),
  presumingPassives: new Set(['expect', 'believe', 'think']),
  sourceOnlyCues: new Set(['citing']),
  contrastCoordinators: new Set(['but']),
  sourceNounSuffixes: [],
  cueCompanions: parseCompanions([['call', ['for|on']], ['point', ['out']], ['warn', ['of|against']], ['speak', ['of|about']]]),
  quotingVerbs: new Set(['quote']),
  actLemmas: new Set(),
  actNeedsContent: new Set(),
  // "a spokesman, who spoke on condition of anonymity, said …": the source's terms, not what was said.
  nonActObjects: new Map([['speak', new Set(['anonymity'])]]),
  // ("speaking to reporters" says nothing; "spoke of a crisis" does.)
  cueNeedsCompanion: new Set(['point', 'speak']),
  auxiliaries: new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'been', 'will', 'would']),
  subordinators: new Set(['as', 'after', 'because', 'while', 'when', 'although']),
  cueSubordinators: new Set(['as']),
  passiveAuxiliaries: new Set(['was', 'were', 'been', 'being', 'is', 'are']),
  impersonalSubjects: new Set(['it']),
  agentPrepositions: new Set(['by']),
  determiners: new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'several', 'some', 'many', 'two', 'three']),
  subjectPronouns: new Set(['he', 'she', 'they', 'we', 'i', 'it']),
  speakerStopWords: new Set(['and', 'but', 'also', 'then', 'on', 'in', 'at', 'to', 'for', 'with', 'that', 'who', 'which', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'not', 'on', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'however', 'earlier', 'later', 'last', 'reporters', 'told']),
  speakerInnerWords: new Set(['of', 'the', 'for', 'de', 'van', 'von', 'al', 'bin']),
  nounsCapitalized: false,
  adjunctParticipleSuffix: 'ing',
  hedges: new Set(['apparently', 'reportedly', 'allegedly', 'seemingly', 'supposedly', 'purportedly']),
};
