/**
 * Types of the extraction engine.
 *
 * The public part (Language ... ExtractionResult) is the contract from
 * CONTRIBUTING.md. Below it are the internal stage types: each stage takes a
 * document type and returns it with one more layer, so the compiler enforces
 * the order of `pipeline.ts` (Segmented -> WithQuotes -> WithCues ->
 * WithAttributions -> claims).
 */
import type { Knowledge } from '../knowledge/types.js';
import type { LanguagePack } from './lang/language-pack.js';

// ---------------------------------------------------------------- public part
export type Language = 'de' | 'en';
export interface Span { text: string; start: number; end: number } // UTF-16 offsets, text === input.slice(start,end)
export interface Cue extends Span { parts?: Span[] }              // discontinuous cues: "wies … zurück"
export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'reported' | 'author';
export type RelationType = 'denies' | 'doubts' | 'contradicts' | 'supports';
/** One link of a claim's relay chain with its attribution as written ("laut" + "einem Reuters-Bericht"). */
export interface ClaimRelay {
  party: string;           // party key of the relay ("Reuters"; "unknown" when not resolved)
  cue: Cue | null;         // the relay's cue ("laut", "berichtete") or null
  speaker: Span | null;    // the relay's source mention ("einem Reuters-Bericht") or null
}
export interface ExtractedClaim {
  id: string;              // "c1", "c2", ... in text order
  text: string; start: number; end: number;   // the content span
  kind: ClaimKind;
  cue: Cue | null;         // for a continuation, the cue of the attribution it continues, which lies in an earlier sentence
  speaker: Span | null;    // the mention as written ("der Pentagon-Chef")
  actor: string | null;    // actor key (e.g. "Mark Esper") or null
  party: string;           // party key ("Washington", "Reuters", "author", "unknown")
  via: string[];           // relay chain from the article inward, e.g. ["Reuters"] for Paris via Reuters
  relays?: ClaimRelay[];   // optional: further attributions of the same content (the `via` links and others) with their spans
  confidence: number;      // 0..1
  unsourced: boolean;      // author-voice evaluation/causal judgement with no source
  hedged: boolean;         // "offenbar", "apparently"
  distanced: Span[];       // scare-quoted single words inside the claim ("Beweisen")
  disputes: string[];      // ids of claims this claim denies/doubts/contradicts
  supports: string[];      // ids of claims this claim supports
  continues?: string;      // a continuation (reported-mood sentence or quote without a cue of its own): id of the claim it continues
}
export interface ExtractedRelation {
  from: string; to: string; type: RelationType; cue: Span | null; confidence: number;
}
export interface ExtractionResult {
  language: Language | null;       // null: language not supported -> claims: []
  claims: ExtractedClaim[];
  relations: ExtractedRelation[];
  warnings: string[];              // e.g. "language not supported", "text truncated"
}

// ------------------------------------------------------------ internal part

/** A token: a word, number or punctuation mark, with offsets into the input. */
export interface Token extends Span {
  /** Index of the token in `Segmented.tokens`. */
  index: number;
  /** Lower-cased text. */
  lower: string;
  /** 'word' (letters/digits, may contain inner hyphens, dots of abbreviations), 'punct' or 'quote' (a quotation mark). */
  type: 'word' | 'punct' | 'quote';
  /** Index of the sentence that holds the token. */
  sentence: number;
}

/** A sentence: a span plus the range of its tokens [tokenStart, tokenEnd). */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  tokenStart: number;
  tokenEnd: number;
}

/** Stage 1 output: the document split into paragraphs, sentences and tokens. */
export interface Segmented {
  text: string;
  language: Language;
  pack: LanguagePack;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  warnings: string[];
}

/** A direct quotation delimited by quote marks (marks included in the span). */
export interface QuoteSpan extends Span {
  /** Token range of the quote incl. its marks, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** True when the closing mark was missing and the quote was cut at the paragraph end / max length. */
  unbalanced: boolean;
  /** True for a short quoted word or phrase inside a sentence (a title, a scare quote). */
  short: boolean;
}

/** Stage 2 output: direct quotations, with indexes from a quote's first / after-last token to its position in `quotes`. */
export interface WithQuotes extends Segmented { quotes: QuoteSpan[]; quoteByStart: Map<number, number>; quoteByEnd: Map<number, number> }

/** What kind of attribution a cue signals. */
export type CueType =
  | 'verb'          // sagte, wies ... zurück, said
  | 'noun'          // Angaben, Worten, Aussage
  | 'preposition'   // laut X, X zufolge, nach Angaben von X, according to X
  | 'so'            // so X / so glaubt X (parenthetical)
  | 'impersonal'    // heißt es, it is said
  | 'demnach'       // demnach / accordingly: speaker from the previous attribution
  | 'colon';        // "Lawrow: Es gibt ..."

/** A cue found in a sentence, with token indexes of its (possibly discontinuous) parts. */
export interface CueCandidate {
  cue: Cue;
  type: CueType;
  /** Token indexes belonging to the cue (all parts). */
  tokenIds: number[];
  /** Lemma of the reporting verb/noun/preposition (pack lexicon key). */
  lemma: string;
  sentence: number;
  /** Where the speaker is expected relative to the cue, from the pack's lexicon. */
  speakerSide: 'after' | 'before' | 'either' | 'none';
  /** True when the cue introduces only a speech act ("drohte", "forderte ... auf") rather than content. */
  speechAct: boolean;
  /** Passive voice ("wurde ... gewarnt"): speaker is the "von" agent. */
  passive: boolean;
}

/** Stage 3 output: cues. */
export interface WithCues extends WithQuotes { cues: CueCandidate[] }

/** An attribution found by the attribution stage (before speaker resolution). */
export interface Attribution {
  content: Span;
  /** Token range of the content. */
  contentTokens: [number, number];
  kind: Exclude<ClaimKind, 'author'>;
  cue: Cue | null;
  cueType: CueType | null;
  speaker: Span | null;
  /** Sentence index of the content start. */
  sentence: number;
  confidence: number;
  /** Scare-quoted single words inside the content. */
  distanced: Span[];
  /**
   * Further attributions of the same content merged into this one, outermost
   * last: "Frankreich wies ... laut einem Reuters-Bericht zurück" gives the
   * verb attribution (Frankreich) with the relay {cue: laut, speaker: einem
   * Reuters-Bericht}. The relay-chain stage turns these into `via`.
   */
  relays: Array<{ cue: Cue | null; cueType: CueType | null; speaker: Span | null }>;
  /**
   * A continuation without a speaker of its own that follows an attribution whose speaker is settled only later
   * (refineSpeakers): the index (in `attributions`) of that attribution, whose speaker it takes over.
   */
  speakerFrom?: number;
  /**
   * A continuation (a sentence in reported mood or a quote without a cue of its own that continues an earlier
   * attribution and takes its speaker): the cue of the attribution it continues, which lies in an earlier sentence.
   * Internal stages keep `cue` as the claim's own cue (null for a continued sentence); the public claim carries this
   * one (lendCues).
   */
  continuation?: { cue: Cue };
}

/** Stage 4 output: attributions in text order. */
export interface WithAttributions extends WithCues { attributions: Attribution[] }

/** Options of `extractClaims`. `knowledge` is the compiled gazetteer (typed by src/knowledge). */
export interface ExtractOptions {
  language?: Language;
  /** Compiled gazetteer of parties and actors (src/knowledge); default world knowledge when absent. */
  knowledge?: Knowledge;
  /** Maximum number of characters processed (default 5,000,000); the rest is dropped with a warning. */
  maxChars?: number;
}
