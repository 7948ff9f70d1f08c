import type { Language } from '../types.js';

/** What the lexicon knows about one reporting word form. */
export interface CueWord {
  /** Lemma ("zurückweisen", "say"). */
  lemma: string;
  /** Separable particle that must close the clause for this form to count ("zurück" for "wies"). */
  particle?: string;
  /** Where the speaker stands relative to the cue. */
  speakerSide: 'after' | 'before' | 'either' | 'none';
  /** Verb announces a speech act rather than reported content ("drohte", "forderte ... auf"). */
  speechAct: boolean;
  /** Past participle form (used with a passive auxiliary: "wurde ... gewarnt"). */
  participle: boolean;
  /** 'verb' or 'noun' ("Angaben", "Worten", "statement"). */
  pos: 'verb' | 'noun';
}

/** Alternative word sequences of which a verb cue takes the first found in its clause (["davon"], ["von"], ["mit", "den", "worten"]). */
export type CompanionGroup = ReadonlyArray<readonly string[]>;

/** A multi-word prepositional/adverbial cue such as "laut", "zufolge", "nach Angaben", "heißt es", "according to". */
export interface PhraseCue {
  /** Lower-cased token sequence of the cue. */
  words: string[];
  type: 'preposition' | 'so' | 'impersonal' | 'demnach';
  /** Where the speaker stands: 'after' (laut X), 'before' (X zufolge), 'none' (heißt es). */
  speakerSide: 'after' | 'before' | 'none';
  /** Only counts at the start of a clause (sentence start or after a comma). */
  clauseInitialOnly?: boolean;
  /** Only counts after a comma (", so X"). */
  afterCommaOnly?: boolean;
  /** Only counts when a source noun follows/precedes ("nach Angaben der Polizei", "seiner Meinung nach"). */
  requiresSourceNoun?: boolean;
  /**
   * Counts only after one of these finite forms earlier in its clause, which joins the cue, and only right before the
   * comma or colon that opens its content ("Aus der Regierung ist zu hören, …", "war zuletzt oft zu hören, man wolle …").
   */
  copulaBefore?: readonly string[];
  /** Counts only right before its content: a comma and 'dass', or a colon and a quote ("In dem Bericht steht, dass …"). */
  contentRightAfter?: boolean;
  /**
   * Counts only when one of the two sentences before names a document (pack documentNouns, also as the last part of a
   * compound) and the word opens its sentence or follows a lower-case word ("Die UBS veröffentlichte heute neue
   * Quartalszahlen. Danach verzeichnet …", "Einen Gesetzentwurf stellte er vor. Die Rechte stehen danach über …").
   */
  documentBefore?: boolean;
}

/**
 * Language knowledge as data. Stages read these fields and never branch on
 * the language code: a difference between languages is a field here.
 */
export interface LanguagePack {
  language: Language;
  /** Lower-cased abbreviations (without the dot) that do not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Quote mark pairs: an opening mark and the marks that close it. */
  quotePairs: ReadonlyArray<{ open: string; close: readonly string[] }>;
  /** Reporting verb and noun forms (lower-cased) -> lexicon entries (a form can belong to several lemmas). */
  cueWords: ReadonlyMap<string, readonly CueWord[]>;
  /** Separable particles that can close a clause ("zurück", "mit", "an"); empty for English. */
  separableParticles: ReadonlySet<string>;
  /** Multi-word prepositional / adverbial cues. */
  phraseCues: readonly PhraseCue[];
  /** Words that open a content clause ("dass", "ob" / "that", "whether"). */
  complementizers: ReadonlySet<string>;
  /** Finite verb forms that mark reported speech (Konjunktiv I, "würde"); empty for English. */
  reportedMoodForms: ReadonlySet<string>;
  /** Reporting-verb forms in the reported mood ("gehe davon aus", "sage"): such a cue is itself reported speech; empty for English. */
  reportedCueForms: ReadonlySet<string>;
  /** Finite forms that carry reported speech only when continuing an attribution ("soll"). */
  continuationMoodForms: ReadonlySet<string>;
  /** Nouns naming a source of information ("Angaben", "Meinung" / "reports"). */
  sourceNouns: ReadonlySet<string>;
  /** English plural nouns that make a subject without an article ("diplomats said", "officials told Reuters"). */
  bareSubjectNouns?: ReadonlySet<string>;
  /** Reporting verbs that report only a clause, never an object (English "find", "know": "Police found the body"). */
  clauseOnlyLemmas?: ReadonlySet<string>;
  /**
   * Reporting verbs whose passive with a subject of its own only forecasts or presumes (English "Shares are expected to
   * rise", "The suspect is believed to have fled"): no attribution, the sentence stays the article's (not "It is expected
   * that …").
   */
  presumingPassives?: ReadonlySet<string>;
  /**
   * Prepositional cues that name a source only when what follows is one ("citing unnamed officials", "citing a report",
   * "citing Reuters"), not a reason ("The company raised prices, citing higher costs").
   */
  sourceOnlyCues?: ReadonlySet<string>;
  /** Verbs of refusing before an infinitive cue, which then says nothing (English "declined to comment", "refused to say"). */
  refusalVerbs?: ReadonlySet<string>;
  /** Contrastive conjunctions that, like "and", join a second verb cue of the same subject and end the first cue's content ("insisted the scheme was working, but conceded that …"). */
  contrastCoordinators?: ReadonlySet<string>;
  /** Reporting verbs that also modify a following noun of a speaker phrase (English "state" in "state media reported"). */
  attributiveCueWords?: ReadonlySet<string>;
  /** Endings of compound source nouns ("Polizeiangaben" ends in "angaben"). */
  sourceNounSuffixes: readonly string[];
  /** Words a verb cue takes along when they stand in its clause (lemma -> groups): "äußerte sich", "bezeichnete ... als", "geht davon aus", "zitiert ... mit den Worten". */
  cueCompanions: ReadonlyMap<string, readonly CompanionGroup[]>;
  /**
   * Verbs of judging whose predicative complement joins the cue (lemma -> the words opening it): an unquoted lower-case
   * predicate after "für"/"als" that runs to the clause end or the verb's particle or participle ("hält es für immer
   * unwahrscheinlicher, dass …", "sah es als erwiesen an, dass …", "war für gescheitert erklärt worden"), with the
   * correlative "es" of the clause ("betrachten es als wichtiger, dass …").
   */
  predicateCompanions?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Verbs of quoting whose object is the speaker ("zitierte Papandreou mit den Worten"). */
  quotingVerbs: ReadonlySet<string>;
  /** Finite forms of a causative verb whose infinitive cue it heads ("ließ verlauten", "lässt erklären"): part of the cue, its finite verb. */
  causativeForms?: ReadonlySet<string>;
  /**
   * Lemmas whose use without a content clause still reports a speech act, the act itself being the
   * content ("Teheran wies die Anschuldigungen zurück", "Die Polizei sprach von einem Unfall"); speech
   * acts ("forderte", marked in the verb list) count anyway.
   */
  actLemmas: ReadonlySet<string>;
  /** Speech acts that report nothing without a content clause or companion word ("droht dem Verein der Abstieg"). */
  actNeedsContent: ReadonlySet<string>;
  /** Objects that give an act lemma another sense: "fordern" with "Todesopfer" ("Die Flut forderte 92 Todesopfer"). */
  nonActObjects: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Information named but not stated: act lemmas (lemmas) whose object noun (nouns) only names what was made known
   * ("gab die Wahlkommission ein vorläufiges Ergebnis bekannt", "hat … nähere Einzelheiten bekannt gegeben"): without a
   * content clause the act reports no content. The cue stays (a reported sentence after it may continue its speaker).
   */
  unstatedObjects?: { lemmas: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /**
   * Demands for money: act lemmas (lemmas) whose object, an amount in a currency (units, after a number or a number word
   * in numbers) or cash (units without a number), makes them a claim for payment, not a speech act ("forderten 263
   * Milliarden Rp als Ausgleichszahlung", "forderten die Täter plötzlich Bargeld"); an amount after "von" belongs to
   * another noun ("eine Geldstrafe von 20.000 Euro").
   */
  moneyDemands?: { lemmas: ReadonlySet<string>; units: ReadonlySet<string>; cash: ReadonlySet<string>; numbers: ReadonlySet<string> };
  /**
   * Reporting verbs that are speech acts without a content clause only with one of these words in their clause
   * (lemma -> words), whether or not they are acts by themselves: "kritisierte den Anschlag als barbarische Tat",
   * "verwies auf die schlechten Wetterbedingungen", "rief zu der Menschenkette auf" (not "kritisierte die Regierung",
   * "haben die Seite aufgerufen").
   */
  actCompanions?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * A reporting verb in the passive is a reported act (its agent the speaker) with a 'von' agent and an 'als'
   * predicate ("wurde von den Veranstaltern als Erfolg gewertet") or with a fronted 'als' predicate naming what was
   * given ("Als Grund wurden … genannt"): the word opening the predicate ("als"); absent when the language has none.
   */
  passiveActPredicate?: string;
  /** Lemmas that are cues only in the active voice: "sieht … als" reports a view, "wird als … angesehen" does not. */
  activeOnlyLemmas?: ReadonlySet<string>;
  /**
   * Lemmas that are cues only in a clause opened by a cue subordinator ("Wie eine Studie ergab, …", "…, wie eine
   * Bekanntmachung zeigt"), with no companion word needed there; elsewhere they have other senses ("ergab sich",
   * "zeigte Fotos", "veröffentlichte ein Album").
   */
  wieOnlyLemmas?: ReadonlySet<string>;
  /**
   * Finite auxiliaries of the pluperfect ("hatte … angekündigt"): a speech act without content clause in that tense
   * is background to the news (an earlier announcement or call), not a reported act of its own.
   */
  pluperfectAuxiliaries?: ReadonlySet<string>;
  /** Nouns in a verb's clause that make it give a name, not report speech: "lauten" with "Name" ("der Name lautet …"). */
  /**
   * Lemmas that declare a status with a predicate right before the verb ("hat das Gericht für zulässig erklärt", "wurde
   * zum Katastrophengebiet erklärt") or closing the clause ("erklärte das Tor für gültig"): the predicate's preposition
   * ('für' before a lower-case word, 'zum'/'zur' before a noun) makes the verb a declaration, no report of speech.
   */
  declarativeLemmas?: ReadonlyMap<string, { adjectives: ReadonlySet<string>; nouns: ReadonlySet<string> }>;
  namingSubjects?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Phrases that make the verb of their clause a cue of the words that follow ("trat dem Vorwurf mit den Worten entgegen, …"). */
  quotingPhrases?: readonly (readonly string[])[];
  /**
   * Nouns of saying and thinking that, as the object of a light verb, make a cue with it when the clause ends after
   * them and a content clause follows ("ist der Meinung, dass …", "stellten die Theorie auf, dass …", "kam zu dem
   * Schluss, …"); absent when the language has none.
   */
  nominalCueNouns?: ReadonlySet<string>;
  /**
   * Nouns of a declared attitude that join the cue of a reporting verb in their clause like nominalCueNouns but form
   * none with a light verb ("hat die Bereitschaft ihres Landes erklärt, … einzutreten"; not "hatte ihre Bereitschaft,
   * … zu stehen, zurückgezogen"); absent when the language has none.
   */
  verbCueNouns?: ReadonlySet<string>;
  /**
   * Nouns of saying whose content clause follows them after a comma, with the speaker in a genitive between
   * ("die Forderung des Vorsitzenden, auf die SPD zuzugehen", "dem Vorwurf der Verteidigung, das Gericht sei nicht
   * legitim"); absent when the language has none.
   */
  contentNouns?: ReadonlySet<string>;
  /** Lemmas whose perfect is built with "sein" ("war bekannt geworden", "waren davon ausgegangen"), and the finite forms of "sein" it takes. */
  seinPerfect?: { lemmas: ReadonlySet<string>; auxiliaries: ReadonlySet<string> };
  /** Lemmas that are cues only with a companion word ("zeigen" only as "zeigte sich"). */
  cueNeedsCompanion: ReadonlySet<string>;
  /** Auxiliaries that form a verb cue with a participle ("hat ... angekündigt", "wurde ... gewarnt"). */
  auxiliaries: ReadonlySet<string>;
  /** Subordinators that start a verb-final clause; "wie" also joins the cue ("wie ... mitteilte"). */
  subordinators: ReadonlySet<string>;
  /** Subordinators that join the cue ("wie" / "as"). */
  cueSubordinators: ReadonlySet<string>;
  /** Passive auxiliaries ("wurde", "worden" / "was", "were", "been"). */
  passiveAuxiliaries: ReadonlySet<string>;
  /** Impersonal subjects that open a passive cue ("Es wird vermutet" / "It is believed"). */
  impersonalSubjects: ReadonlySet<string>;
  /** Preposition introducing the passive agent ("von" / "by"). */
  agentPrepositions: ReadonlySet<string>;
  /** Determiners and possessives that may open a speaker noun phrase. */
  determiners: ReadonlySet<string>;
  /** Personal pronouns that can be speakers ("er", "sie" / "he", "she"). */
  subjectPronouns: ReadonlySet<string>;
  /** Words that never belong to a speaker phrase (adverbs, conjunctions, auxiliaries). */
  speakerStopWords: ReadonlySet<string>;
  /** Lower-case words allowed inside a speaker phrase (titles, adjectives are handled by capitalization rules). */
  speakerInnerWords: ReadonlySet<string>;
  /**
   * Nouns that label a heading, caption or list before a colon ("Hintergrund: …", "Bild: …", "Wikinews-Portal: …"), not
   * a speaker; a hyphenated compound counts by its last part. Absent when the pack has none.
   */
  headingLabels?: ReadonlySet<string>;
  /** Nouns whose quote right after them is a title or name, not an utterance ("unter dem Motto „…“", "mit dem Titel „…“"). */
  titleNouns?: ReadonlySet<string>;
  /**
   * Nouns of a slogan whose quote right after them (or after 'wie') is what its bearers say, also a short one ("mit der
   * Aufschrift „Kritik = Terror“", "Sprüche wie „…“"). Absent when the pack has none.
   */
  sloganNouns?: ReadonlySet<string>;
  /**
   * Nouns of a document whose content a later adverb may point back to (phrase cues with documentBefore: "Studie",
   * "Umfragen", "Quartalszahlen", "Gesetzentwurf"); a compound counts by its last part. Absent when the pack has none.
   */
  documentNouns?: ReadonlySet<string>;
  /**
   * Lemmas of verbs of asking: the question after such a cue is the asker's utterance, also without quote marks
   * ("Strolz fragte: Können wir etwas tun?"); another claim running to a question mark asks and asserts nothing.
   */
  askingLemmas?: ReadonlySet<string>;
  /** Whether common nouns are capitalized (German): then capitalization alone does not mark a name. */
  nounsCapitalized: boolean;
  /** Ending of a participle that opens an adjunct clause after a comma (English "-ing": "…, adding that …"); absent when the language has none. */
  adjunctParticipleSuffix?: string;
  /** Hedging adverbs ("offenbar", "apparently"). */
  hedges: ReadonlySet<string>;
}
