import type { RelationType } from '../types.js';

/**
 * A word pattern: lower-cased; a trailing `*` matches any word with that
 * prefix ("bestreit*" matches "bestreitet").
 */
export type WordPattern = string;

/** A cue of denial, doubt, contradiction or support ("wies ... zurück", "nicht überzeugt", "schloss sich ... an", "denied"). */
export interface StanceCue {
  /** Consecutive word patterns of the cue. */
  words: WordPattern[];
  /** Separable particle that must follow later in the clause ("zurück" for "wies"). */
  particle?: string;
  type: RelationType;
  /** 'verb': the holder is the clause subject or passive agent; 'noun': a stance noun ("Skepsis"), held by the author unless a holder is marked ("unter den Europäern"). */
  pos: 'verb' | 'noun';
  /** Only counts when an addressee with a known party is found ("wurde Esper ... gewarnt"). */
  needsAddressee?: boolean;
  /** A generic verb ("bestätigte", "unterstützt", "agreed"): only counts with a pointer at a claim (an anaphor such as "den Bericht", a relative "was"). */
  needsPointer?: boolean;
  confidence: number;
}

/** An anaphoric noun that points back to an earlier claim ("die Anschuldigungen"), with the stems of cues it refers to. */
export interface ClaimAnaphor {
  words: WordPattern[];
  /** Stems that the referred claim's sentence contains ("beschuldig", "accus"); empty: any claim. */
  targetStems: string[];
}

/** Stance, reference and judgement knowledge of one language, as data. */
export interface StancePack {
  stanceCues: readonly StanceCue[];
  claimAnaphors: readonly ClaimAnaphor[];
  /** Relative pronouns that refer to the preceding clause ("was", "which"). */
  relativeAnaphors: ReadonlySet<string>;
  /** Word sequences that assert an alternative account ("falscher Flagge", "false flag"). */
  contradictionMarkers: readonly WordPattern[][];
  /** Pairs of opposed stems; a claim with one side against a claim with the other is a contradiction. */
  contrastPairs: ReadonlyArray<readonly [WordPattern[], WordPattern[]]>;
  negations: ReadonlySet<string>;
  /** Prepositions that govern a noun phrase which is not the clause subject ("gegenüber", "mit"). */
  governingPrepositions: ReadonlySet<string>;
  /** Agent nouns (stems) that make a prefix match a possible speaker ("vertreter", "regierung", "official"). */
  agentHeads: ReadonlySet<string>;
  /** Words of time adverbials, which are never speakers ("später", "Dienstag", "later"). */
  temporalWords: ReadonlySet<string>;
  /** Prepositions of origin that let a place stand for its government at the clause start ("Diplomaten in Teheran", "officials from Tehran"). */
  originPrepositions: ReadonlySet<string>;
  /** Prepositions that mark the holder of a stance noun ("unter den Europäern", "among"). */
  holderPrepositions: ReadonlySet<string>;
  /** Pronouns that refer back to a person ("er", "he"). */
  personPronouns: ReadonlySet<string>;
  /** Pronouns that may refer to a person or a group ("sie", "they"). */
  ambiguousPronouns: ReadonlySet<string>;
  /** Pronouns that refer to a woman ("sie", "she"; German "sie" is also plural). */
  femalePronouns: ReadonlySet<string>;
  /** Female given names and title endings that mark a referent as a woman ("annalena", "-ministerin"). */
  femaleNames: ReadonlySet<string>;
  femaleTitleEndings: readonly string[];
  /** Definite articles opening an epithet ("der Minister"). */
  definiteArticles: ReadonlySet<string>;
  /** Words opening a noun phrase that are no part of a name ("ein", "einige"; German writes the noun after them capitalized). */
  nonNameOpeners: ReadonlySet<string>;
  /** Spokespersons named by their role alone ("ein sprecher"), who speak for the institution named just before. */
  bareSpokespersons: ReadonlySet<string>;
  /** Endings of nouns of a person that may stand between an article and a full name ("Richterin", "Mediziner"). */
  personNounEndings: readonly string[];
  /** Endings of nouns of a body among them, whose name is no person's ("Nachrichtensender", "Hersteller"). */
  bodyNounEndings: readonly string[];
  /** Heads of epithets referring back to the last person ("minister", "präsident"). */
  personEpithets: ReadonlySet<string>;
  /** Heads of epithets referring back to the last government ("land", "regierung", "country"). */
  governmentEpithets: ReadonlySet<string>;
  /**
   * Speakers of a government that name no country ("ein Regierungssprecher", "government sources"): in an article with a
   * dateline they speak for the government of the dateline's place ("Berlin - …").
   */
  homeGovernmentPhrases: readonly string[];
  /** Word sequences of causal or evaluative judgement that need a source in the author's voice. */
  judgements: readonly WordPattern[][];
  /** Extra hedges beyond the language pack's (multi-word: "es scheint", "it appears"). */
  hedgePhrases: readonly WordPattern[][];
  /** Prefix of a headline teaser before a colon attribution ("Mehr zum Thema"). */
  teaserPrefixes: readonly WordPattern[][];
  /** Words marking a relay before its source ("laut", "according"); "zufolge" after it; reporting verbs next to it ("berichtete"). */
  relayBefore: ReadonlySet<string>;
  relayAfter: ReadonlySet<string>;
  relayVerbs: readonly WordPattern[];
  /** Verbs of pushing others to act ("zu überzeugen", "drängte", "urged"): in an unattributed sentence, the subject's claim. */
  advocacyCues: readonly WordPattern[][];
  /** Words ignored by claim similarity. */
  stopWords: ReadonlySet<string>;
  /** Words that name the same thing for claim similarity ("drone" and "aircraft"): word -> the word it counts as. */
  topicSynonyms: ReadonlyMap<string, string>;
}
