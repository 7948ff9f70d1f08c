/**
 * What the speaker-span stage knows about one language, as data: which
 * words mark a subject, an object or an adverbial in the field before the
 * verb, and which words open or close the speaker's noun phrase.
 */
export interface SpeakerPack {
  /** Pronouns that are always the subject when they follow the finite verb ("sagte er"). */
  nominativePronouns: ReadonlySet<string>;
  /** Pronouns that may be the subject or the object after the verb ("sagte sie", "fragte sie"). */
  ambiguousPronouns: ReadonlySet<string>;
  /** Words opening a field before the verb that is an object, not the subject ("den Bericht", "ihm"). */
  objectOpeners: ReadonlySet<string>;
  /** Words opening an adverbial field before the verb ("um 10 Uhr", "seit Jahren", "als Begründung"). */
  adverbialOpeners: ReadonlySet<string>;
  /** Prepositions of a place attribute after a speaker ("die Regierung in Lomé", "ein Sprecher aus Berlin"). */
  placePrepositions: ReadonlySet<string>;
  /** Prepositions of an attribute that belongs to a source phrase ("Angaben des Bundesamtes in Flensburg", "Planungen aus dem Jahr 2005"). */
  attributePrepositions: ReadonlySet<string>;
  /** Adverbs that can stand alone before the verb ("dabei", "zuletzt"). */
  adverbs: ReadonlySet<string>;
  /** Words naming a time, which make a field before the verb adverbial ("Uhr", "Januar"). */
  timeWords: ReadonlySet<string>;
  /** Words opening a subject noun phrase after the verb ("sagte der Minister", "erklärte ein Sprecher"). */
  subjectOpeners: ReadonlySet<string>;
  /** Words that may stand between the verb and an inverted subject ("sagte jedoch der Minister", "äußerte sich"). */
  skippableAfterVerb: ReadonlySet<string>;
  /** Demonstratives that stand for the previous sentence before the verb ("Das sagte der Minister"): an object. */
  demonstratives: ReadonlySet<string>;
  /** Relative pronouns ("der", "die", "welche"): a relative clause is not part of the speaker. */
  relativePronouns: ReadonlySet<string>;
  /** Focus particles before a speaker that the speaker span leaves out ("selbst die Zeitung", "einzig Sony"). */
  focusParticles: ReadonlySet<string>;
  /** Words after a speaker that the span leaves out ("Hartmann selbst"). */
  trailingParticles: ReadonlySet<string>;
  /** Determiners of a genitive attribute after a head noun ("Angaben seines Anwalts"). */
  genitiveDeterminers: ReadonlySet<string>;
  /** Articles that open only a genitive, never a subject ("Des Weiteren wirft die OSZE … vor"). */
  genitiveOnlyOpeners: ReadonlySet<string>;
  /** Prepositions of the source in a subordinate clause of report ("wie aus einer Mitteilung hervorgeht"). */
  sourceOrigins: ReadonlySet<string>;
  /** Adverbs that name the source of the previous attribution and stand as its speaker ("Demnach sei …"). */
  sourceAnaphors: ReadonlySet<string>;
  /** Impersonal subject pronouns ("man"): no one in particular, no speaker mention. */
  impersonalPronouns: ReadonlySet<string>;
  /** Conjunctions joining two heads of one speaker ("Polizei und Feuerwehr"). */
  coordinators: ReadonlySet<string>;
  /** Endings of nouns naming a role or a body that speaks ("Sprecher", "Bundesregierung", "Polizei"). */
  roleEndings: ReadonlySet<string>;
  /** Finite modal, causative and copula forms that can carry a cue verb in the infinitive or participle ("ließ … verlauten", "will … erfahren haben"). */
  finiteHelpers: ReadonlySet<string>;
  /** English irregular past forms that mark a main clause's verb without a tagger ("Volkswagen cut its forecast, blaming …"). */
  irregularPasts: ReadonlySet<string>;
  /** Lemmas of verbs with an object and a predicative ("bezeichnete … als", "nannte … einen Fehler"): the object often opens the sentence. */
  predicativeLemmas: ReadonlySet<string>;
  /** Lemmas of verbs that need an object besides their content ("vorwerfen", "auffordern", "bezeichnen … als"). */
  objectLemmas: ReadonlySet<string>;
  /** Words that open the predicative after the object ("als"). */
  predicativeMarkers: ReadonlySet<string>;
  /** Academic and honorific titles written with a dot ("Prof.", "Dr."), part of a name. */
  honorifics: ReadonlySet<string>;
  /** Nouns of an utterance that make the verb of a clause introducing a quote with a colon its cue ("brachte … zum Ausdruck: „…“", "sparte nicht mit Kritik: „…“"). */
  utteranceNouns: ReadonlySet<string>;
  /** Names written in lower case that go on a speaker phrase after its head ("der Presseagenturen dpa und AFP", "Amnesty International (ai)"). */
  lowerCaseNames: ReadonlySet<string>;
  /** Prepositions opening a route or span after a speaker's head ("vom Hauptbahnhof bis zur Paulskirche"): no origin attribute. */
  routeOpeners: ReadonlySet<string>;
  /** Words closing such a route before its end point ("bis"). */
  routeClosers: ReadonlySet<string>;
  /** Abbreviated number nouns written with a dot before their number, part of a name ("Dekret Nr. 72-186"). */
  numberAbbreviations: ReadonlySet<string>;
}
