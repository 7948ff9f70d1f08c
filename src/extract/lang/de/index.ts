import { buildCueWords } from '../build-cue-words.js';
import type { LanguagePack } from '../language-pack.js';
import { parseCompanions } from '../parse-companions.js';
import { conjugateGerman } from './conjugate-german.js';
import { GERMAN_PHRASE_CUES } from './phrase-cues.js';
import { GERMAN_ACT_VERBS, GERMAN_ACTS_NEEDING_CONTENT, GERMAN_ACT_COMPANIONS, GERMAN_CONTENT_NOUNS, GERMAN_NOMINAL_CUE_NOUNS, GERMAN_NON_ACT_OBJECTS, GERMAN_REPORTING_VERBS, GERMAN_UNSTATED_OBJECTS, GERMAN_SOURCE_NOUNS, GERMAN_VERB_CUE_NOUNS } from './reporting-verbs.js';
import {
  ABBREVIATIONS, CONTINUATION_MOOD, DETERMINERS, HEDGES, REPORTED_CUE_FORMS, REPORTED_MOOD, SEPARABLE_PARTICLES, SPEAKER_INNER_WORDS, HEADING_LABELS, TITLE_NOUNS, SLOGAN_NOUNS, DOCUMENT_NOUNS,
  SPEAKER_STOP_WORDS, SUBJECT_PRONOUNS,
} from './word-lists.js';

/**
 * Conjugated forms that are other words in news text: "äußerst" is the adverb "extremely" ("äußerst knapp"), not "du
 * äußerst"; "überlegen" the adjective "superior" ("der Armee technisch überlegen ist").
 */
const NOT_CUE_FORMS = ['äußerst', 'überlegen'];

function withoutForms<T>(map: Map<string, T>, forms: readonly string[]): Map<string, T> {
  for (const form of forms) map.delete(form);
  return map;
}

/** German language pack, assembled from the data files of this folder. */
export const germanPack: LanguagePack = {
  language: 'de',
  abbreviations: new Set(ABBREVIATIONS),
  quotePairs: [
    { open: '„', close: ['“', '”', '"'] },
    { open: '»', close: ['«'] },
    { open: '«', close: ['»'] },
    { open: '"', close: ['"', '“', '”'] },
    // Two apostrophes as one mark: "''Britannien zuerst''", "''La Nacion''" (wiki markup).
    { open: "''", close: ["''"] },
    { open: '“', close: ['”', '“'] },
    { open: '‚', close: ['‘', '’'] },
    { open: '›', close: ['‹'] },
    { open: '‹', close: ['›'] },
    { open: '\'', close: ['\''] },
    { open: '‘', close: ['’'] },
  ],
  cueWords: withoutForms(buildCueWords(GERMAN_REPORTING_VERBS.map(conjugateGerman)), NOT_CUE_FORMS),
  separableParticles: new Set(SEPARABLE_PARTICLES),
  phraseCues: GERMAN_PHRASE_CUES,
  complementizers: new Set(['dass', 'daß', 'ob']),
  reportedMoodForms: new Set(REPORTED_MOOD),
  continuationMoodForms: new Set(CONTINUATION_MOOD),
  reportedCueForms: new Set(REPORTED_CUE_FORMS),
  sourceNouns: new Set(GERMAN_SOURCE_NOUNS),
  sourceNounSuffixes: ['angaben', 'berichten', 'bericht', 'informationen', 'aussagen', 'schätzungen', 'erkenntnissen', 'meinung', 'ansicht', 'auffassung', 'meldungen', 'umfrage', 'studie', 'kreisen', 'quellen', 'dokument', 'gesetz', 'gutachten', 'ergebnis', 'untersuchungen', 'umfragen', 'hochrechnungen', 'messungen'],
  // Each string is a group of alternatives ("|"); a cue takes the first alternative of every group found in its clause.
  cueCompanions: parseCompanions([
    ['äußern', ['sich', 'mit den worten']], ['zeigen', ['sich', 'besorgt|zufrieden|überzeugt|enttäuscht|erfreut|optimistisch|zuversichtlich|überrascht|erleichtert|skeptisch|bestürzt|entsetzt|empört|betroffen|unzufrieden|zurückhaltend|verärgert|beunruhigt', 'darüber']], ['klagen', ['darüber']], ['nachdenken', ['darüber']], ['fordern', ['aufklärung darüber|aufklärung']], ['verlangen', ['aufklärung']], ['anschließen', ['sich']], ['beschweren', ['sich']], ['aussprechen', ['sich']],
    ['bezeichnen', ['als']], ['sprechen', ['davon|von|vom']], ['ausgehen', ['davon|von|vom']], ['warnen', ['davor|vor']], ['hinweisen', ['darauf']],
    ['begründen', ['damit|mit', 'dies']], ['verweisen', ['darauf|auf']], ['drohen', ['damit']],
    ['erinnern', ['daran', 'sich']], ['erhoffen', ['sich']], ['kritisieren', ['dafür']], ['raten', ['dazu|zu']], ['halten', ['für', 'es', 'möglich|unwahrscheinlich|wahrscheinlich|denkbar|richtig|falsch|notwendig|nötig|sinnvoll|ausgeschlossen|unmöglich|wichtig']], ['sehen', ['als|darin']], ['ansehen', ['als']], ['rechnen', ['mit']],
    ['zitieren', ['mit den worten|mit folgenden worten']], ['melden', ['sich']], ['loben', ['mit den worten']], ['kommentieren', ['mit den worten|mit folgenden worten']],
    ['auffordern', ['dazu']], ['aufrufen', ['dazu']], ['bitten', ['darum']], ['plädieren', ['dafür']], ['würdigen', ['als']], ['feiern', ['als']], ['rechtfertigen', ['als']], ['zurückweisen', ['als']], ['begrüßen', ['als']], ['beurteilen', ['als']],
    ['vertreten', ['die auffassung|die ansicht|die meinung|die position|die these']], ['entscheiden', ['sich']], ['einigen', ['sich', 'darauf']], ['bestehen', ['darauf']], ['berufen', ['darauf', 'sich']],
    ['widersprechen', ['der ansicht|der auffassung|der darstellung|der behauptung']], ['erklären', ['sich bereit']], ['fragen', ['sich']],
    // Certainty is one's own ('war sich sicher', 'sind sich bewusst'); 'Es ist sicher' is impersonal.
    ['sichersein', ['sich']], ['bewusstsein', ['sich']],
  ]),
  predicateCompanions: new Map([
    ['halten', new Set(['für'])], ['erklären', new Set(['für'])], ['sehen', new Set(['als'])], ['ansehen', new Set(['als'])],
    ['betrachten', new Set(['als'])], ['einschätzen', new Set(['als'])], ['einstufen', new Set(['als'])], ['werten', new Set(['als'])],
  ]),
  // Reporting verbs build their perfect with "haben"; "sein" + participle is a state ("ist auf … angewiesen").
  quotingVerbs: new Set(['zitieren']),
  causativeForms: new Set(['lässt', 'ließ', 'ließen', 'lassen', 'lasse', 'ließe', 'lasst', 'ließt']),
  actLemmas: new Set(GERMAN_ACT_VERBS),
  actNeedsContent: new Set(GERMAN_ACTS_NEEDING_CONTENT),
  nonActObjects: new Map(Object.entries(GERMAN_NON_ACT_OBJECTS).map(([lemma, nouns]) => [lemma, new Set(nouns)])),
  unstatedObjects: { lemmas: new Set(GERMAN_UNSTATED_OBJECTS.lemmas), nouns: new Set(GERMAN_UNSTATED_OBJECTS.nouns) },
  moneyDemands: {
    lemmas: new Set(['fordern', 'verlangen']),
    units: new Set(['euro', 'cent', 'dollar', 'us-dollar', 'franken', 'pfund', 'rp', 'yen', 'yuan', 'rubel', 'kronen']),
    cash: new Set(['bargeld']),
    numbers: new Set(['tausend', 'million', 'millionen', 'milliarde', 'milliarden', 'mio', 'mrd', 'billionen']),
  },
  actCompanions: new Map(Object.entries(GERMAN_ACT_COMPANIONS).map(([lemma, words]) => [lemma, new Set(words)])),
  passiveActPredicate: 'als',
  activeOnlyLemmas: new Set(['sehen', 'ansehen', 'rechnen']),
  wieOnlyLemmas: new Set(['ergeben', 'zeigen']),
  pluperfectAuxiliaries: new Set(['hatte', 'hatten', 'hattest', 'hattet']),
  // "für nichtig/zulässig erklärt", "zum Katastrophengebiet erklärt": a court or authority declares a status.
  declarativeLemmas: new Map([['erklären', { adjectives: new Set(['für']), nouns: new Set(['zum', 'zur']) }]]),
  namingSubjects: new Map([
    ['lauten', new Set(['name', 'namen', 'titel', 'bezeichnung', 'bezeichnungen', 'untertitel'])],
    // "Der Name Ubuntu bedeutet … und bezeichnet eine afrikanische Philosophie": a name or term denotes.
    ['bezeichnen', new Set(['name', 'begriff', 'ausdruck', 'abkürzung'])],
  ]),
  quotingPhrases: [
    ['mit', 'den', 'worten'], ['mit', 'diesen', 'worten'], ['mit', 'folgenden', 'worten'], ['mit', 'der', 'begründung'],
    ['mit', 'dem', 'hinweis'], ['mit', 'dem', 'argument'], ['mit', 'der', 'bemerkung'], ['mit', 'der', 'aussage'],
  ],
  nominalCueNouns: new Set(GERMAN_NOMINAL_CUE_NOUNS),
  verbCueNouns: new Set(GERMAN_VERB_CUE_NOUNS),
  contentNouns: new Set(GERMAN_CONTENT_NOUNS),
  seinPerfect: {
    lemmas: new Set(['bekanntwerden', 'lautwerden', 'ausgehen', 'hervorgehen', 'fortfahren']),
    auxiliaries: new Set(['bin', 'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären', 'gewesen']),
  },
  cueNeedsCompanion: new Set(['rechnen', 'feiern', 'rechtfertigen', 'bestehen', 'berufen', 'einigen', 'zeigen', 'halten', 'sprechen', 'ausgehen', 'sehen', 'sichersein', 'bewusstsein']),
  auxiliaries: new Set(['hat', 'hatte', 'haben', 'hatten', 'habe', 'wird', 'wurde', 'werden', 'wurden', 'worden', 'hätte', 'hätten']),
  subordinators: new Set(['wie', 'nachdem', 'weil', 'als', 'während', 'indem', 'da', 'obwohl', 'wobei', 'nachdem', 'dass', 'ob', 'wenn']),
  cueSubordinators: new Set(['wie']),
  passiveAuxiliaries: new Set(['wurde', 'wurden', 'worden', 'wird', 'werden']),
  impersonalSubjects: new Set(['es']),
  agentPrepositions: new Set(['von', 'vom']),
  determiners: new Set(DETERMINERS),
  subjectPronouns: new Set(SUBJECT_PRONOUNS),
  speakerStopWords: new Set(SPEAKER_STOP_WORDS),
  speakerInnerWords: new Set(SPEAKER_INNER_WORDS),
  headingLabels: new Set(HEADING_LABELS),
  titleNouns: new Set(TITLE_NOUNS),
  sloganNouns: new Set(SLOGAN_NOUNS),
  documentNouns: new Set(DOCUMENT_NOUNS),
  askingLemmas: new Set(['fragen', 'nachfragen']),
  nounsCapitalized: true,
  hedges: new Set(HEDGES),
};
