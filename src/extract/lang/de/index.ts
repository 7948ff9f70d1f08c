import { buildCueWords } from '../build-cue-words.js';
import type { LanguagePack } from '../language-pack.js';
import { conjugateGerman } from './conjugate-german.js';
import { GERMAN_PHRASE_CUES } from './phrase-cues.js';
import { GERMAN_REPORTING_VERBS, GERMAN_SOURCE_NOUNS } from './reporting-verbs.js';
import {
  ABBREVIATIONS, CONTINUATION_MOOD, DETERMINERS, HEDGES, REPORTED_MOOD, SEPARABLE_PARTICLES, SPEAKER_INNER_WORDS,
  SPEAKER_STOP_WORDS, SUBJECT_PRONOUNS,
} from './word-lists.js';

/** German language pack, assembled from the data files of this folder. */
export const germanPack: LanguagePack = {
  language: 'de',
  abbreviations: new Set(ABBREVIATIONS),
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
  cueWords: buildCueWords(GERMAN_REPORTING_VERBS.map(conjugateGerman)),
  separableParticles: new Set(SEPARABLE_PARTICLES),
  phraseCues: GERMAN_PHRASE_CUES,
  complementizers: new Set(['dass', 'daß', 'ob']),
  reportedMoodForms: new Set(REPORTED_MOOD),
  continuationMoodForms: new Set(CONTINUATION_MOOD),
  sourceNouns: new Set(GERMAN_SOURCE_NOUNS),
  sourceNounSuffixes: ['angaben', 'berichten', 'bericht', 'informationen', 'aussagen', 'schätzungen', 'erkenntnissen', 'meinung', 'ansicht', 'auffassung', 'meldungen', 'umfrage', 'studie', 'kreisen', 'quellen'],
  cueCompanions: new Map([
    ['äußern', ['sich']], ['zeigen', ['sich']], ['anschließen', ['sich']], ['beschweren', ['sich']], ['aussprechen', ['sich']],
    ['bezeichnen', ['als']], ['sprechen', ['von', 'vom']], ['ausgehen', ['davon', 'von', 'vom']], ['warnen', ['vor']], ['hinweisen', ['darauf']],
    ['begründen', ['mit', 'damit']], ['verweisen', ['darauf', 'auf']], ['rechnen', ['damit', 'mit']], ['drohen', ['damit']],
    ['erinnern', ['daran']], ['halten', ['für']], ['sehen', ['als']], ['berichten', ['von', 'über']],
  ]),
  // Reporting verbs build their perfect with "haben"; "sein" + participle is a state ("ist auf … angewiesen").
  quotingVerbs: new Set(['zitieren']),
  cueNeedsCompanion: new Set(['zeigen', 'halten', 'sprechen', 'ausgehen']),
  auxiliaries: new Set(['hat', 'hatte', 'haben', 'hatten', 'habe', 'wird', 'wurde', 'werden', 'wurden', 'worden', 'hätte', 'hätten']),
  subordinators: new Set(['wie', 'nachdem', 'weil', 'als', 'während', 'indem', 'da', 'obwohl', 'wobei', 'nachdem', 'dass', 'ob', 'wenn']),
  cueSubordinators: new Set(['wie']),
  passiveAuxiliaries: new Set(['wurde', 'wurden', 'worden', 'wird', 'werden']),
  agentPrepositions: new Set(['von', 'vom']),
  determiners: new Set(DETERMINERS),
  subjectPronouns: new Set(SUBJECT_PRONOUNS),
  speakerStopWords: new Set(SPEAKER_STOP_WORDS),
  speakerInnerWords: new Set(SPEAKER_INNER_WORDS),
  nounsCapitalized: true,
  hedges: new Set(HEDGES),
};
