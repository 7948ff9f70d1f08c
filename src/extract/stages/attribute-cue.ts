import type { Cue, CueCandidate, Sentence, Token, WithCues } from '../types.js';
import type { LanguagePack } from '../lang/language-pack.js';
import { firstIndexWhere } from '../first-index-where.js';
import { clauseEnd, clauseEndOverShortQuotes, clauseStart, clauseStartOverShortQuotes, isOrdinalDot, widenCue } from './find-cues.js';
import { contentEnd, quoteEndingBefore, quotesInside, quoteStartingAt, trimRange } from './content-range.js';
import { attachesToObject, hasCompanionWord, negatedAct, holdsOtherCue, isActUse, isSpeechUse, phraseWithRelativeClause, reportedActRange, reportedPassive, verblessPhrase } from './reported-act.js';
import { isSubjectField, nominalFieldWithApposition, opensAttributedNoun, readExtendedSubject, readSpeakerBackward, readSpeakerForward, type Range } from './speaker-phrase.js';
import { perDocument } from './per-document.js';
import { getSpeakerPack } from '../lang/speaker-pack-registry.js';
import { afterInnerSubordinator, CLAUSE_PUNCT, DASHES, FIELD_COPULAS, FINITE_IRREGULAR, INFINITIVE_ADVERBIALS, MODAL_SUBJUNCTIVES, PERSONAL_PRONOUNS_DE, isAdjectiveLike, isCapitalized, isKnownFiniteForm, isMoodOrAuxiliary, isSourceNoun, PHRASE_PREPOSITIONS_DE, RELATIVE_PRONOUNS, RELATIVE_SOURCE_PRONOUNS, TERMINAL_PUNCT, TITLE_JOINERS } from './token-tests.js';

/** An attribution in token ranges, before it is turned into spans. */
export interface DraftAttribution {
  cue: CueCandidate | null;
  content: Range;
  speaker: Range | null;
  kind: 'direct' | 'indirect' | 'mixed' | 'reported';
  /** Index into doc.quotes when the content is exactly one quote. */
  quote: number | null;
  confidence: number;
  /** Speaker to be taken from the preceding attribution ("demnach", continuation). */
  inheritSpeaker: boolean;
  /** The attribution whose speaker this one takes over once it is settled (inheritSpeakers). */
  speakerFrom?: DraftAttribution;
  /** A continuation without a cue of its own: the earlier attribution it continues, whose speaker and cue it takes (inheritSpeakers). */
  continues?: DraftAttribution;
  /** A continuation whose speaker is the subject of a reporting verb without a claim of its own just before ("Der Iran streitet dies ab."): that verb's cue. */
  anchorCue?: Cue;
  /** The quoting party of a quoting verb whose speaker is the quoted person ("Ein Fernsehsender zitierte Papandreou mit den Worten: „…“"). */
  quoter?: Range;
}

const BASE_CONFIDENCE: Record<CueCandidate['type'], number> = {
  verb: 0.85, noun: 0.7, preposition: 0.85, so: 0.8, impersonal: 0.6, demnach: 0.6, colon: 0.65,
};

/** Links one cue to its speaker and content; null when the cue has no content it could introduce. */
export function attributeCue(doc: WithCues, cue: CueCandidate): DraftAttribution | null {
  const sentence = doc.sentences[cue.sentence]!;
  switch (cue.type) {
    case 'verb': {
      const quoting: Quoting = { quoter: null };
      const d = attributeVerb(doc, cue, sentence, quoting);
      return d && quoting.quoter && d.kind === 'direct' ? { ...d, quoter: quoting.quoter } : d;
    }
    case 'noun':
      return doc.pack.contentNouns?.has(cue.lemma) ? attributeContentNoun(doc, cue, sentence) : attributeVerb(doc, cue, sentence);
    case 'preposition':
      return attributePreposition(doc, cue, sentence);
    case 'so':
      return attributeSo(doc, cue, sentence);
    case 'impersonal':
      return attributeImpersonal(doc, cue, sentence);
    case 'demnach':
      return attributeDemnach(doc, cue, sentence);
    case 'colon':
      return attributeColon(doc, cue, sentence);
  }
}

/**
 * "auf die Forderung des CSU-Vorsitzenden, in der Gesundheitspolitik auf die SPD zuzugehen": the genitive after the
 * noun is the speaker, the clause after the comma the content (up to its end).
 */
function attributeContentNoun(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens } = doc;
  const noun = cue.tokenIds[cue.tokenIds.length - 1]!;
  let comma = noun + 1;
  while (comma < sentence.tokenEnd && tokens[comma]!.text !== ',') comma++;
  // A name in apposition to the genitive belongs to the speaker ("ihres Trainers, Greg Poss, die Zusammenarbeit … zu beenden").
  if (comma > noun + 1) {
    let k = comma + 1;
    while (k < Math.min(sentence.tokenEnd, comma + 5) && tokens[k]!.type === 'word' && isCapitalized(tokens[k])) k++;
    if (k > comma + 1 && tokens[k]?.text === ',' && !opensNounClause(doc, comma + 1, k)) comma = k;
  }
  if (comma + 1 >= sentence.tokenEnd) return null;
  const speaker: Range | null = comma > noun + 1 ? [noun + 1, comma] : null;
  const end = Math.min(clauseEndOverShortQuotes(doc, comma + 1, sentence), contentEnd(tokens, sentence));
  if (end <= comma + 1) return null;
  return draft(doc, cue, [comma + 1, end], speaker);
}

/** Whether the stretch [from, to) holds a verb in the reported mood or a zu-infinitive (a content clause, not an apposition). */
function opensNounClause(doc: WithCues, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (doc.pack.reportedMoodForms.has(t.lower) || t.lower === 'zu' || t.lower === 'dass') return true;
  }
  return false;
}

function draft(doc: WithCues, cue: CueCandidate, content: Range, speaker: Range | null, speechAct = false): DraftAttribution | null {
  const trimmed = overOpenQuote(doc, trimRange(doc.tokens, cutAtCoordinatedCue(doc, cue, content)));
  if (trimmed[1] <= trimmed[0]) return null;
  const { kind, quote } = classify(doc, trimmed, speechAct);
  const confidence = BASE_CONFIDENCE[cue.type] - (speaker ? 0 : 0.2);
  return { cue, content: trimmed, speaker, kind, quote, confidence, inheritSpeaker: false };
}

/**
 * A content that opens a quote runs on to the end of the sentence that closes it: "die Republikaner müssten „alle …
 * für unser Land. Je eher …, auf Obama“." (the segmenter splits inside the quote).
 */
function overOpenQuote(doc: WithCues, [from, to]: Range): Range {
  let end = to;
  for (let k = from; k < end; k++) {
    const at = doc.quoteByStart.get(k);
    if (at === undefined) continue;
    const quote = doc.quotes[at]!;
    if (quote.tokenEnd <= end || quote.unbalanced) { k = Math.max(k, quote.tokenEnd - 1); continue; }
    const closing = doc.sentences[doc.tokens[quote.tokenEnd - 1]!.sentence]!;
    end = Math.max(quote.tokenEnd, k === from ? quote.tokenEnd : contentEnd(doc.tokens, closing));
    break;
  }
  return [from, end];
}

/**
 * Ends a content that runs on into a coordinated verb cue of the same subject after the cue:
 * "Er sagte, Europa brauche die Engländer und fügte hinzu: …" ends before "und fügte hinzu".
 */
function cutAtCoordinatedCue(doc: WithCues, cue: CueCandidate, [from, to]: Range): Range {
  const last = cue.tokenIds[cue.tokenIds.length - 1]!;
  const starts = verbCueStarts(doc);
  if (cue.type === 'verb' && from > last) {
    for (let k = from + 1; k < to - 1; k++) {
      // (A quote inside the content is read over: "Gillibrand sei „das Postergirl der NRA“ und kündigte an, …".)
      const quoted = doc.quoteByStart.get(k);
      if (quoted !== undefined) { k = doc.quotes[quoted]!.tokenEnd - 1; continue; }
      if (doc.tokens[k]!.type === 'quote') break;
      if (COORDINATORS.has(doc.tokens[k]!.lower) && starts.has(k + 1)) return [from, k];
      // (So does a contrastive one: "insisted the scheme was working, but conceded that crossings had risen".)
      if (doc.pack.contrastCoordinators?.has(doc.tokens[k]!.lower) && starts.has(k + 1)) return [from, k];
      // "denied the claim, insisting that …": a participle adjunct with a cue of its own.
      if (doc.tokens[k]!.text === ',' && starts.has(k + 1) && isAdjunctParticipleAt(doc, k + 1)) return [from, k];
    }
  }
  // "…, es könnten Arbeitsplätze verloren gehen, sprach aber von einem offenen Prozess": a clause opening with a verb
  // cue in the indicative after a comma is the main clause going on (or another attribution), not the content.
  // So does a comment on the content in a relative clause with a cue of its own ("…, was dieser jedoch zurückweist") and
  // an attribution of its own after the comma ("…, so Nasrallah im Fernsehen", "…, heißt es in dem Bericht").
  const { tokens, pack } = doc;
  const others = otherCueStarts(doc);
  for (let k = Math.max(from + 1, last + 1); k < to - 1; k++) {
    // A semicolon after the cue ends its content ("…, dass der Vater sie geschlagen hatte; es wird geprüft, …"), and so
    // does a colon before a quote of the speaker's own words ("…, er werde kandidieren: „Ich …“").
    if (k > last && tokens[k]!.text === ';' && authorsClause(doc, k + 1, to)) return [from, k];
    if (k > last && tokens[k]!.text === ':' && doc.quoteByStart.has(k + 1) && !doc.quotes[doc.quoteByStart.get(k + 1)!]!.short) return [from, k];
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!.lower;
    if (starts.has(k + 1)) {
      if (pack.reportedCueForms.has(next) || pack.reportedMoodForms.has(next) || pack.subordinators.has(next)) continue;
      return [from, k];
    }
    if (others.has(k + 1)) return [from, k];
    if (COMMENT_OPENERS.has(next) && holdsVerbCue(doc, k + 1, tokens[k]!.sentence)) return [from, k];
    // "Nach Angaben der Veranstalter demonstrierten 7.000 Menschen, die Polizei spricht von 4.000": a main clause with a cue of its own.
    if (cue.type === 'preposition' && isCapitalizedOrDeterminer(tokens[k + 1]!, pack) && !opensRelativeClause(tokens, k + 1, pack)
      && holdsVerbCue(doc, k + 1, tokens[k]!.sentence, true)) return [from, k];
  }
  return [from, to];
}

/** Whether token i is a verb form with the pack's adjunct participle ending, right after a comma. */
function isAdjunctParticipleAt(doc: WithCues, i: number): boolean {
  const suffix = doc.pack.adjunctParticipleSuffix;
  return suffix !== undefined && doc.tokens[i]!.lower.endsWith(suffix) && doc.tokens[i - 1]?.text === ',';
}

function isAdjunctParticiple(doc: WithCues, cue: CueCandidate): boolean {
  const sentence = doc.sentences[cue.sentence]!;
  return cue.type === 'verb' && !cue.passive && cue.tokenIds[0]! > sentence.tokenStart + 1 && isAdjunctParticipleAt(doc, cue.tokenIds[0]!);
}

/**
 * A participle adjunct ("Tehran denied the claim, insisting that …", "…, adding that …") shares the subject of
 * the sentence's main clause, here the subject of the verb cue before it (without one, no attribution: English
 * has no case marks to find the subject of any verb). Its content is what follows it.
 */
function attributeAdjunctParticiple(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens } = doc;
  const at = cue.tokenIds[0]!;
  const before = verbCuesOfSentence(doc, sentence.index).filter((c) => c.tokenIds[0]! < at && !isAdjunctParticiple(doc, c)).pop();
  const speaker = before ? findSubject(doc, before, sentence) : mainClauseSubject(doc, sentence, at);
  const lastCue = cue.tokenIds[cue.tokenIds.length - 1]!;
  const end = contentEnd(tokens, sentence);
  if (!speaker || lastCue + 1 >= end) return null;
  const quoted = quoteStartingAt(doc, lastCue + 1);
  if (quoted) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker, cue.speechAct);
  return draft(doc, cue, [lastCue + 1, end], speaker, cue.speechAct);
}

/** Whether [from, to) holds an English auxiliary or helper verb: a clause ("found the ship had been attacked"). */
function holdsFiniteHelper(doc: WithCues, from: number, to: number): boolean {
  const helpers = getSpeakerPack(doc.language).finiteHelpers;
  for (let k = from; k < to; k++) if (doc.pack.auxiliaries.has(doc.tokens[k]!.lower) || helpers.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/**
 * English: without a verb cue before the participle, the subject of a main clause opening the sentence whose verb is
 * recognisable without a tagger, a regular past ("The minister resigned, saying …") or a helper ("has", "will"), and
 * no other comma before the participle.
 */
function mainClauseSubject(doc: WithCues, sentence: Sentence, at: number): Range | null {
  const { tokens, pack } = doc;
  if (pack.nounsCapitalized) return null;
  const { finiteHelpers: helpers, irregularPasts } = getSpeakerPack(doc.language);
  for (let k = sentence.tokenStart + 1; k < at - 1; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') return null;
    if (isCapitalized(t) || !(/[^e]ed$/.test(t.lower) || helpers.has(t.lower) || irregularPasts.has(t.lower) || pack.auxiliaries.has(t.lower))) continue;
    if (isSubjectField(tokens, [sentence.tokenStart, k], pack)) return [sentence.tokenStart, k];
    // (Over a time phrase before the verb: "Britain's High Court on Tuesday blocked …".)
    const tail = timeTailStart(doc, sentence.tokenStart, k);
    return tail > sentence.tokenStart && isSubjectField(tokens, [sentence.tokenStart, tail], pack) ? [sentence.tokenStart, tail] : null;
  }
  return null;
}

function isCapitalizedOrDeterminer(t: Token, pack: WithCues['pack']): boolean {
  return t.type === 'word' && (isCapitalized(t) || pack.determiners.has(t.lower));
}

/**
 * Whether the clause at [from, to) (up to the next semicolon) is the author's: it has lower-case words (a verb, not a
 * list of names and figures) and no reported mood ("; sie hätte aber handeln müssen" goes on reporting).
 */
function authorsClause(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  let lower = false;
  for (let k = from; k < to && tokens[k]!.text !== ';'; k++) {
    const t = tokens[k]!;
    if (pack.reportedMoodForms.has(t.lower) || pack.continuationMoodForms.has(t.lower)) return false;
    if (t.type === 'word' && !isCapitalized(t) && !pack.determiners.has(t.lower)) lower = true;
  }
  return lower;
}

/** Words opening a relative clause on a whole clause ("…, was bisher nicht bestätigt wurde", "…, worauf dieser …"). */
const COMMENT_OPENERS = new Set(['was', 'womit', 'worauf', 'woraufhin', 'wobei', 'weshalb', 'weswegen', 'wodurch', 'wofür', 'wogegen', 'worüber', 'which']);

/** First token ids of the document's "so X" and "heißt es" cues (cached per document). */
const otherCueStarts = perDocument((doc) => {
  // ("so dass" is no attribution: the word after "so" must open a name or noun phrase.)
  const opensPhrase = (t: Token | undefined) => t !== undefined && (isCapitalized(t) || doc.pack.determiners.has(t.lower));
  return new Set(doc.cues.filter((c) => c.type === 'impersonal' || (c.type === 'so' && opensPhrase(doc.tokens[c.tokenIds[c.tokenIds.length - 1]! + 1])))
    .map((c) => c.tokenIds[0]!));
});

/**
 * Whether the clause opening at `from` holds a verb cue of its own (`plain`: with no zu-infinitive or coordination before
 * it: "…, Flugblätter zu verteilen und verlangt" is not a clause of its own).
 */
function holdsVerbCue(doc: WithCues, from: number, sentenceIndex: number, plain = false): boolean {
  const to = clauseEnd(doc.tokens, from, doc.sentences[sentenceIndex]!);
  const found = verbCuesOfSentence(doc, sentenceIndex).find((c) => c.tokenIds[0]! >= from && c.tokenIds[0]! < to);
  if (!found) return false;
  if (plain) for (let k = from; k < found.tokenIds[0]!; k++) if (PLAIN_BREAKERS.has(doc.tokens[k]!.lower)) return false;
  return true;
}

const PLAIN_BREAKERS = new Set(['zu', 'und', 'oder', 'sowie', 'to', 'and', 'or']);

/** direct when the content is one quote; mixed when it holds quoted fragments; else indirect (reported for speech acts). */
export function classify(doc: WithCues, [from, to]: Range, speechAct: boolean): { kind: DraftAttribution['kind']; quote: number | null } {
  const start = doc.quoteByStart.get(from);
  if (start !== undefined && doc.quotes[start]!.tokenEnd === to) return { kind: 'direct', quote: start };
  const inner = quotesInside(doc, [from, to]);
  const first = doc.tokens[from];
  const opensClause = first !== undefined && doc.pack.complementizers.has(first.lower);
  if (speechAct && !opensClause) return { kind: 'reported', quote: null };
  return { kind: inner.length > 0 ? 'mixed' : 'indirect', quote: null };
}

/** The finite verb (or auxiliary) of a verb cue: its first token that is not a subordinator. */
function verbIndex(doc: WithCues, cue: CueCandidate): number {
  const { pack, tokens } = doc;
  // A companion fronted before the verb is not the verb either: "Als „unerwartetes Geschenk“ bezeichnet …", "Von … sprach".
  const fronted = (id: number): boolean => !pack.cueWords.has(tokens[id]!.lower) && !pack.auxiliaries.has(tokens[id]!.lower)
    && !pack.impersonalSubjects.has(tokens[id]!.lower) && !pack.causativeForms?.has(tokens[id]!.lower);
  for (const id of cue.tokenIds) if (!pack.cueSubordinators.has(tokens[id]!.lower) && !fronted(id)) return id;
  return cue.tokenIds[0]!;
}

/** What a quoting verb's attribution leaves besides its speaker: the quoting party. */
interface Quoting { quoter: Range | null }

function attributeVerb(doc: WithCues, cue: CueCandidate, sentence: Sentence, quoting: Quoting = { quoter: null }): DraftAttribution | null {
  const { tokens, pack } = doc;
  const verb = verbIndex(doc, cue);
  const lastCue = cue.tokenIds[cue.tokenIds.length - 1]!;
  // "Die IAEO gehe davon aus, dass …": a cue verb in Konjunktiv I is itself reported; the sentence continues the
  // speech reported before it and is left to the continuation step as a whole.
  if (pack.reportedCueForms.has(tokens[verb]!.lower) || reportedCueVerb(doc, cue) >= 0) return null;
  if (isAdjunctParticiple(doc, cue)) return attributeAdjunctParticiple(doc, cue, sentence);
  // English "Le Monde quoted an aide to President Macron as saying that …": the quoted person is the speaker.
  const quotedAs = quotedAsSaying(doc, cue, sentence);
  if (quotedAs) return quotedAs;
  let cs = clauseStartOverShortQuotes(doc, verb, sentence);
  // English puts the comma inside the closing mark: 'The allegations are "absolutely unfounded," said Peskov' opens the
  // cue's clause at the verb, 'The deal is "dead," Esper said' at its subject.
  if (!pack.nounsCapitalized) {
    for (let k = verb; k > Math.max(sentence.tokenStart, verb - 8); k--) {
      if (!doc.quoteByEnd.has(k) || tokens[k - 2]?.text !== ',') continue;
      if (k === verb || isSubjectField(tokens, [k, verb], pack)) cs = k;
      break;
    }
  }
  // "Wie die Premierministerin, Anna Bligh, erklärte": the "wie" clause reaches back over an apposition.
  if (cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && !pack.subordinators.has(tokens[cs]!.lower)) {
    for (let k = cs - 2; k >= Math.max(sentence.tokenStart, cs - 20); k--) {
      const t = tokens[k]!;
      if (!pack.cueSubordinators.has(t.lower)) continue;
      if (k !== sentence.tokenStart && tokens[k - 1]!.text !== ',') break;
      const phrase = readSpeakerForward(tokens, k + 1, verb, pack);
      if (phrase && phrase[1] >= cs - 1) {
        cs = k;
        const widened = widenCue(doc, cue, [k]);
        cue.cue = widened.cue;
        cue.tokenIds = widened.tokenIds;
      }
      break;
    }
  }
  let ce = clauseEndOverShortQuotes(doc, lastCue, sentence);
  // "teilte mit, dass die Niederschläge anhalten und warnte vor neuen Extremregenfällen": a verb right after 'und' that
  // does not close its clause (as the verb of a subordinate clause does) opens a main clause coordinated with the
  // sentence's, not a second verb of the subordinate clause.
  if (cs < verb - 1 && pack.nounsCapitalized && (tokens[verb - 1]!.lower === 'und' || tokens[verb - 1]!.lower === 'sowie')
    && pack.complementizers.has(tokens[cs]!.lower) && !verbClosesClause(doc, lastCue, ce)) cs = verb - 1;
  // "schloss sich … an und erklärte, …": the content clause belongs to the coordinated verb.
  for (let k = lastCue + 1; k < ce - 1; k++) {
    if (COORDINATORS.has(tokens[k]!.lower) && verbCueStarts(doc).has(k + 1)) { ce = k; break; }
  }
  // "…, das sich selbst „Allianz zur Europäischen Integration“ nennt", "Dies nennt man einen „Aktiensplit“": a naming
  // verb with a reflexive or the impersonal "man" gives a name, it reports nothing.
  // (The name may be a long quote the clause starts after: "die sich selbst „Rat für Demokratische Reform …“ nennt".)
  const namedQuote = doc.quoteByEnd.get(cs);
  const namingFrom = namedQuote !== undefined && doc.quotes[namedQuote]!.tokenStart > sentence.tokenStart
    ? clauseStart(tokens, doc.quotes[namedQuote]!.tokenStart, sentence) : cs;
  if (NAMING_VERBS.has(cue.lemma) && holdsNamingSubject(doc, cue, [namingFrom, ce])) return null;
  const end = mainClauseWithCue(doc, lastCue + 1, contentEnd(tokens, sentence), !SAYING_VERBS.has(cue.lemma));
  // "…, a charge Tehran rejected as baseless": an English noun of saying with a relative clause of its own (no pronoun)
  // after a comma is an act of the subject inside it, not the source of the clause before the comma.
  const contact = contactRelativeSubject(doc, cs, verb, sentence);
  if (contact) return draft(doc, cue, [cs, Math.min(ce, end)], contact, true);
  // "Wieso die Maschine den Flug abbrach, gab die Flugsicherung nicht bekannt", "Erste Tests haben nicht bestätigt, dass …":
  // a negation inside the verb's bracket says that nothing was said (not "schloss nicht aus, dass …", "verhehlte nicht, dass …").
  if (pack.nounsCapitalized && !cue.passive && !NEGATED_CLAIMS.has(cue.lemma) && negatedAct(doc, [Math.min(...cue.tokenIds), lastCue])) return null;
  // English "The White House did not respond", "declined to comment" is no claim; "did not deny that …" is one.
  if (!pack.nounsCapitalized && !NEGATED_CLAIMS_EN.has(cue.lemma) && negatedBefore(doc, verb)) return null;
  // (A fronted companion of the cue is no subordinator: "Als „Fest“ bezeichnete er …".)
  const frontedCompanion = cs < verb && cue.tokenIds.includes(cs) && !pack.cueSubordinators.has(tokens[cs]!.lower)
    && !pack.auxiliaries.has(tokens[cs]!.lower) && !pack.impersonalSubjects.has(tokens[cs]!.lower) && !pack.cueWords.has(tokens[cs]!.lower);
  // "Als Grund nannte die Behörde …", "Während des Treffens warnte Paris …": a word that also is a preposition or adverb
  // opens a main clause when the verb does not close the clause.
  const subordinate = cs < verb && pack.subordinators.has(tokens[cs]!.lower) && !frontedCompanion
    && !(AMBIGUOUS_SUBORDINATORS.has(tokens[cs]!.lower) && !verbClosesClause(doc, lastCue, ce));

  // Speaker.
  let speaker: Range | null = null;
  let agent = false;
  // The verb opens its clause after a comma without a subject of its own: it shares the subject of the verb before it.
  let elided = false;
  if (cue.passive) {
    for (let k = cs; k < ce; k++) {
      // (Not the cue's own 'von' of what is said: "wird von einer hohen Waldbrandgefahr ausgegangen".)
      if (!pack.agentPrepositions.has(tokens[k]!.lower) || cue.tokenIds.includes(k)) continue;
      // (Nor an attribute of the noun before it when another agent follows: "wird die Gefahr von Waldbränden vom Deutschen
      // Wetterdienst als „sehr hoch“ eingestuft".)
      if (isCapitalized(tokens[k - 1]) && k > cs) {
        let later = false;
        for (let j = k + 2; j < ce && !later; j++) {
          later = pack.agentPrepositions.has(tokens[j]!.lower) && !cue.tokenIds.includes(j) && (!isCapitalized(tokens[j - 1]) || tokens[j]!.lower === 'vom');
        }
        if (later) continue;
      }
      // (Nor 'von' after a noun or number inside the field before the finite auxiliary: an attribute or a part of the phrase
      // there, "Der Regierung unter der Führung von Erdoğan wird vorgeworfen", "Mit 27 von 35 Stimmen wurde beschlossen".)
      if (attributeBeforeAuxiliary(doc, cue, k, cs)) continue;
      speaker = readSpeakerForward(tokens, k + 1, ce, pack);
      if (speaker) { agent = true; break; }
    }
    // No agent: a source in a prepositional phrase ("wird in einer Pressemitteilung der Organisation gefordert").
    if (!speaker) speaker = sourcePhrase(doc, cs, ce, cue);
  } else if (subordinate) {
    speaker = readSpeakerForward(tokens, cs + 1, verb, pack);
  } else {
    let from = cs;
    while (from < verb && isLeadingConjunction(tokens[from]!)) from++;
    // English "Shares slide as investors fear a trade war": a subordinator inside the field opens the cue's own clause.
    from = afterInnerSubordinator(tokens, from, verb, pack);
    // (The start of a time phrase between an English subject and its verb, read below.)
    let tail = -1;
    let sentenceFrom = sentence.tokenStart;
    while (sentenceFrom < verb && isLeadingConjunction(tokens[sentenceFrom]!)) sentenceFrom++;
    // A sentence opening with a quoted name: "„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an".
    const openingQuote = doc.quoteByStart.get(sentenceFrom);
    // (Not an utterance that ends in a comma: "\"The deal is dead,\" he added.")
    const named = openingQuote !== undefined && doc.quotes[openingQuote]!.short && tokens[doc.quotes[openingQuote]!.tokenEnd - 2]?.type === 'word';
    // (Also right before the verb when the quote holds a name: "„BBC News“ berichtet unter Berufung auf …".)
    if (named && doc.quotes[openingQuote]!.tokenEnd === from && (from < verb || (from === verb && nameLike(doc, openingQuote)))) from = sentenceFrom;
    // "Von einer „Indiskredition“ sprach Ströbele": a field opened by the cue's own companion holds no subject.
    // "Die Polizei, aber auch die Feuerwehr hatten aufgerufen": a list with "aber auch" from the sentence start is the subject.
    const alsoList = pack.nounsCapitalized && cs > sentenceFrom && tokens[cs - 1]!.text === ',' && tokens[cs]!.lower === 'aber' && tokens[cs + 1]?.lower === 'auch'
      ? readExtendedSubject(tokens, sentenceFrom, verb, pack) : null;
    if (alsoList) speaker = alsoList;
    else if (frontedCompanion) speaker = speakerAfterVerb(doc, verb + 1, ce);
    else if (from < verb && isSubjectField(tokens, [from, verb], pack)) speaker = trimRange(tokens, [from, verb]);
    // English: "The United States on Thursday blamed …", "Russia yesterday warned …": a time phrase may stand between the
    // subject and its verb; the subject is the field before it.
    else if (!pack.nounsCapitalized && from < verb && (tail = timeTailStart(doc, from, verb)) > from) speaker = trimRange(tokens, [from, tail]);
    else if (from < verb - 2 && COORDINATORS.has(tokens[verb - 1]!.lower) && sharedSubject(doc, from, verb)) speaker = sharedSubject(doc, from, verb);
    else if (from > sentenceFrom && !doc.quoteByStart.has(sentenceFrom)) {
      speaker = readExtendedSubject(tokens, sentenceFrom, verb, pack);
      // "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte …": a noun phrase with its apposition
      // and no verb fills the field before a verb after its comma (names the phrase reader stops in: "zu", "ver.di", "90/Die").
      if (!speaker && verb === cs && tokens[cs - 1]?.text === ',' && nominalFieldWithApposition(tokens, sentenceFrom, cs - 1, pack)) speaker = [sentenceFrom, cs - 1];
      // "Die Ministerin wies diese Behauptung zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte: „…“": so does
      // the phrase after the comma that closes a main clause with a verb cue of its own.
      if (!speaker && verb === cs && tokens[cs - 1]?.text === ',') {
        for (let c = cs - 3; c > sentenceFrom; c--) {
          if (tokens[c]!.text !== ',') continue;
          if (nominalFieldWithApposition(tokens, c + 1, cs - 1, pack)
            && verbCuesOfSentence(doc, sentence.index).some((other) => other !== cue && other.tokenIds[other.tokenIds.length - 1] === c - 1)) speaker = [c + 1, cs - 1];
          if (speaker || tokens[c - 1]?.type !== 'word' || !isCapitalized(tokens[c - 1])) break;
        }
      }
    }
    // "… an und erklärte": the coordinated verb shares the subject of the verb before "und"; what follows the verb
    // is its object ("schrieben die Hacker und kündigten weitere Aktionen an").
    const coordinated = verb > sentence.tokenStart && (COORDINATORS.has(tokens[verb - 1]!.lower) || pack.contrastCoordinators?.has(tokens[verb - 1]!.lower) === true);
    if (!coordinated) speaker ??= invertedSpeaker(doc, verb, ce, from);
    // "Sie räumte zwar ein, …, sprach aber bei der Entscheidung von einem ergebnisoffenen Prozess": a verb-first clause
    // after a comma with no subject of its own shares the subject of the verb before it.
    // (Only for an act, which needs a speaker here; other cues find theirs when speakers are refined.)
    elided = !speaker && pack.nounsCapitalized && verb === cs && cs > sentence.tokenStart && tokens[cs - 1]!.text === ','
      && (pack.actLemmas.has(cue.lemma) || (cue.speechAct && !pack.actNeedsContent.has(cue.lemma)) || pack.actCompanions?.has(cue.lemma) === true);
    if (!speaker && (coordinated || elided)) {
      const before = verbCuesOfSentence(doc, sentence.index).filter((c) => c.tokenIds[0]! < verb - 1).pop();
      if (before) speaker = findSubject(doc, before, sentence);
      else if (elided) elided = false;
      else {
        // "Er verständigte die Polizei und teilte mit": the field before the sentence's first verb.
        let firstVerb = sentenceFrom + 1;
        while (firstVerb < verb && (isCapitalized(tokens[firstVerb]) || pack.determiners.has(tokens[firstVerb]!.lower) || isAdjectiveLike(tokens[firstVerb], pack))) firstVerb++;
        if (firstVerb < verb && isSubjectField(tokens, [sentenceFrom, firstVerb], pack)) speaker = trimRange(tokens, [sentenceFrom, firstVerb]);
      }
    }
    // (English keeps its subject before the verb: a phrase after the verb is its object when a field stands before it.)
    speaker ??= invertedSpeaker(doc, verb, ce, from);
  }

  // "äußerten die Richter „gravierende Bedenken“": the speaker ends before the speaker's quoted words; what is left of
  // "sprach von einer „Gefahr für Leib und Leben“" is no speaker.
  if (speaker && speaker[0] > verb) {
    const words = quotesInside(doc, speaker).find((at) => !nameLike(doc, at));
    if (words !== undefined) {
      const cut = trimRange(tokens, [speaker[0], doc.quotes[words]!.tokenStart]);
      let named = false;
      for (let k = cut[0]; k < cut[1]; k++) named ||= isCapitalized(tokens[k]) || pack.subjectPronouns.has(tokens[k]!.lower);
      speaker = named ? cut : null;
    }
  }
  // "zitierte Papandreou mit den Worten" / "wird Musk wie folgt zitiert": the quoted person is the speaker.
  if (pack.quotingVerbs.has(cue.lemma)) {
    let quoted = cue.passive
      ? speakerAfterVerb(doc, Math.min(...cue.tokenIds) + 1, ce)
      : speakerAfterVerb(doc, verb + 1, ce);
    // The quoting party (the subject, or the passive agent "von der „Netzeitung“") is a second source of the words.
    // (Not the impersonal "man": "„…“, zitierte man Yolanda Alvarez".)
    const impersonal = (k: number) => pack.impersonalSubjects.has(tokens[k]!.lower) || getSpeakerPack(doc.language).impersonalPronouns.has(tokens[k]!.lower);
    let quoter = speaker;
    if (quoter && quoted && quoted[0] < quoter[1] && quoted[1] > quoter[0]) {
      if (cue.passive) {
        // "wie Hoyzer von Spiegel-Online zitiert wird": the quoted person stands before the agent's preposition; else the
        // subject before the verb is the quoted person (quotedSubject).
        const preposition = quoter[0] - 1;
        quoted = preposition > quoted[0] && pack.agentPrepositions.has(tokens[preposition]!.lower) ? trimRange(tokens, [quoted[0], preposition]) : null;
      } else {
        // The phrase after the verb is the quoting party: the quoted person follows it ("„…“, zitiert Welt-Online den
        // Minister", "zitiert die „Computerwoche“ Lynch").
        let split = -1;
        for (let k = quoted[0] + 1; k < quoted[1]; k++) if (tokens[k - 1]!.type === 'quote' && doc.quoteByEnd.has(k) && isCapitalized(tokens[k])) split = k;
        const next = split > 0 ? [split, quoted[1]] as Range : quoted[1] < ce ? readSpeakerForward(tokens, quoted[1], ce, pack) : null;
        if (split > 0) quoter = [quoted[0], split];
        quoted = next && next[0] === (split > 0 ? split : quoted[1]) ? next : null;
        if (!quoted) quoter = null;
      }
    }
    if (quoter && !(quoter[1] - quoter[0] === 1 && impersonal(quoter[0]))) quoting.quoter = quoter;
    if (quoted) speaker = quoted;
  }
  // "Er räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess": a verb-first clause after a
  // comma with no subject of its own continues the main clause (its subject is elided); it does not report the clause before it.
  // ("Teheran wies den Vorwurf zurück, berichtete Reuters.", "…, sagte er vor Journalisten.": a clause of nothing but
  // the cue, its inverted speaker and a prepositional phrase reports the clause before it, however that clause is built.)
  const bareInverted = speaker !== null && speaker[0] > verb && tokens.slice(cs, speaker[0]).every((_, i) => cue.tokenIds.includes(cs + i))
    && (speaker[1] >= Math.min(ce, end) || AFTER_VERB_PREPOSITIONS.has(tokens[speaker[1]]?.lower ?? '') || addresseeCloses(doc, speaker[1], Math.min(ce, end)));
  const elliptic = verb === cs && (speaker === null || elided || (speaker[0] > verb && !bareInverted && followsMainClauseCue(doc, cue, sentence)));
  // Content: a quote just before the cue clause ("„…“, sagte er"), the clause after it, or the clause before it.
  const before = cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' ? cs - 1 : cs;
  const candidate = quoteEndingBefore(doc, before) ?? quoteEndingBefore(doc, cs);
  // The closing mark must stand in the cue's own sentence.
  const preceding = candidate && tokens[candidate.quote.tokenEnd - 1]!.sentence === sentence.index ? candidate : null;
  // (Not the subject of a first verb a coordinated one shares: "„…“ schrieben die Hacker und kündigten Aktionen an".)
  const speakerBetween = speaker !== null && speaker[0] >= cs && speaker[1] <= verb && !COORDINATORS.has(tokens[verb - 1]?.lower ?? '');
  // A short quote counts when it opens the sentence ("\"The deal is dead,\" he added.").
  const utterance = preceding !== null && (!preceding.quote.short || preceding.quote.tokenStart <= sentence.tokenStart);
  // (Not when the cue has a content clause of its own after its comma: "„…“, räumte Lopez ein, davon geträumt zu haben, …".)
  const ownClause = tokens[ce]?.text === ',' && ce + 1 < end && !doc.quoteByStart.has(ce + 1) && pack.nounsCapitalized
    && !cue.speechAct && opensOwnContent(doc, ce + 1, end);
  // English '… "dead," Esper said.': the clause closing with the comma inside the mark is the content (the quote alone when
  // it opens the sentence).
  if (!pack.nounsCapitalized && preceding && preceding.quote.tokenEnd === cs && tokens[cs - 2]?.text === ',' && speaker !== null && !cue.speechAct) {
    const q = preceding.quote;
    return draft(doc, cue, q.tokenStart <= sentence.tokenStart ? [q.tokenStart, q.tokenEnd] : [sentence.tokenStart, cs], speaker);
  }
  if (preceding && !ownClause && (verb === cs || ((subordinate || speakerBetween) && utterance))) {
    // "Vermutlich sei ein Stern vorbeigeflogen, habe ihr einen „Ruck“ verpasst, sagte Greaves": a quote closing a sentence
    // that opened with words of the author's reports the whole sentence (mixed), not the quote alone.
    // (Not after a colon: "äußerte sich dazu: „Wir befürchten das Schlimmste“, sagte er" quotes the utterance alone.)
    const opensLater = preceding.quote.tokenStart > sentence.tokenStart && !doc.pack.complementizers.has(tokens[sentence.tokenStart]!.lower)
      && tokens[preceding.quote.tokenStart - 1]!.text !== ':';
    if (opensLater && verb === cs && tokens[cs - 1]!.text === ',' && preceding.quote.tokenEnd === cs - 1) {
      return draft(doc, cue, [sentence.tokenStart, cs - 1], speaker, cue.speechAct);
    }
    return draft(doc, cue, [preceding.quote.tokenStart, preceding.quote.tokenEnd], speaker, cue.speechAct);
  }

  // "Das teilte die Polizei mit." / "Dies berichtet die Zeitung.": the previous sentence is the content.
  const vorfeld = tokens[sentence.tokenStart]!;
  // (An apposition to the speaker may follow: "Das bestätigte der Präsident, Susilo Bambang Yudhoyono, auf einer Pressekonferenz.")
  // (Not a verb of denial: "Das lehnte Abhisit jedoch ab", "Dies wurde … bestritten" reject the sentence before, they
  // do not report it.)
  if (verb === sentence.tokenStart + 1 && DEMONSTRATIVES.has(vorfeld.lower) && sentence.index > 0 && !DENIAL_VERBS.has(cue.lemma)
    && (ce >= end || (tokens[ce]?.text === ',' && !opensOwnContent(doc, ce + 1, end)))) {
    const previous = doc.sentences[sentence.index - 1]!;
    if (previous.paragraph === sentence.paragraph || previous.paragraph === sentence.paragraph - 1) {
      const range: Range = [previous.tokenStart, contentEnd(tokens, previous)];
      const quoted = quoteStartingAt(doc, range[0]);
      if (quoted && quoted.quote.tokenEnd >= range[1]) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker);
      return draft(doc, cue, range, speaker);
    }
  }
  // "…, das teilte die Polizei mit." / "… – das zumindest meint Homans.": the demonstrative stands for the clause before.
  if (cs > sentence.tokenStart + 1 && DEMONSTRATIVES.has(tokens[cs]!.lower) && (tokens[cs - 1]!.text === ',' || DASHES.has(tokens[cs - 1]!.text))
    && ce >= end && verb > cs && verb <= cs + 2 && (verb === cs + 1 || FOCUS.has(tokens[cs + 1]!.lower))) {
    const after = speakerAfterVerb(doc, verb + 1, ce);
    if (after) return draft(doc, cue, [sentence.tokenStart, cs - 1], after, cue.speechAct);
  }
  // "Wie die Polizei mitteilte, wurde …" / "…, wie der Verband bekannt gab": the main clause is the content.
  if (subordinate && pack.cueSubordinators.has(tokens[cs]!.lower)) {
    // "…, wie sich die Junta selbst nennt, …", "„Uncle Ted“, wie der Senator genannt wurde, …" name, they report nothing.
    if (NAMING_VERBS.has(cue.lemma) && (cue.passive || tokens.slice(cs, verb).some((t) => t.lower === 'sich'))) return null;
    // (Also after a colon or semicolon that opens a clause of its own: "Ein Umstand kommt hinzu: Wie sich aus der Auswertung ergab, …".)
    const opensClause = cs === sentence.tokenStart || (!doc.quoteByStart.has(cs) && (tokens[cs - 1]!.text === ':' || tokens[cs - 1]!.text === ';'));
    if (opensClause && tokens[ce]?.text === ',') return draft(doc, cue, [ce + 1, end], speaker);
    // "Die Kürzung verstoße, wie schon der Bundesgerichtshof entschied, gegen den Grundsatz …": a "wie" clause inserted
    // between commas reports the sentence around it (its own words are left out as cue and speaker).
    if (cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && tokens[ce]?.text === ',' && ce + 1 < end
      && !opensRelativeClause(tokens, ce + 1, pack) && !CLAUSE_SUBORDINATORS.has(tokens[ce + 1]!.lower) && !pack.cueSubordinators.has(tokens[ce + 1]!.lower)) {
      let start = sentence.tokenStart;
      for (let k = cs - 1; k > sentence.tokenStart; k--) if (tokens[k]!.text === ';' || tokens[k]!.text === ':') { start = k + 1; break; }
      return draft(doc, cue, [start, end], speaker);
    }
    // (From a colon on: "zeigte sich zuversichtlich: Man werde … vorlegen, wie ein Regierungssprecher bestätigte" reports what
    // follows the colon, like the clause after "sagte".)
    if (cs > sentence.tokenStart && tokens[cs - 1]!.text === ',') {
      let start = sentence.tokenStart;
      for (let k = cs - 2; k > sentence.tokenStart; k--) if ((tokens[k]!.text === ':' || tokens[k]!.text === ';') && !doc.quoteByStart.has(k + 1)) { start = k + 1; break; }
      return draft(doc, cue, [start, cs - 1], speaker);
    }
    return null;
  }
  // "…, the minister said." / "…, sagte er.": the cue clause holds only speaker and cue; the content precedes it.
  // (Not after an adverbial clause in the indicative: "Da ein Rückflug nicht möglich war, entschied sich der Pilot für …".)
  if (cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && ce >= end && !subordinate && !elliptic && !RELATIVE_WORDS.has(tokens[cs]!.lower)
    && !verblessPhrase(doc, sentence.tokenStart, cs - 1)
    // ("Ulla Jelpke, die erst vor einem Monat für Schlagzeilen gesorgt hatte, kritisierte …": a name with its relative clause is the subject.)
    && !(pack.nounsCapitalized && (nameWithRelativeClause(doc, sentence.tokenStart, cs - 1) || nounWithRelativeClause(doc, sentence.tokenStart, cs - 1)))
    && !(pack.nounsCapitalized && adverbialClause(doc, sentence.tokenStart, cs - 1) && !tokens.slice(sentence.tokenStart, cs - 1).some((t) => t.text === ','))
    // (Nor when the stretch before the comma is the speaker: "Its chief executive, John Smith, blamed higher costs.")
    && !(speaker !== null && speaker[0] < cs - 1)) {
    const own = new Set(cue.tokenIds);
    if (speaker) for (let k = speaker[0]; k < speaker[1]; k++) own.add(k);
    let rest = 0;
    let determiner = false;
    for (let k = cs; k < Math.min(ce, end); k++) {
      if (own.has(k)) continue;
      rest++;
      if (pack.determiners.has(tokens[k]!.lower)) determiner = true;
    }
    // (Not an English act with a bare noun object, as headlines write it: "Iran seizes tanker, US condemns move".)
    if (rest <= 2 && !determiner && (speaker !== null || pack.nounsCapitalized) && !bareActObject(doc, cue, lastCue + 1, Math.min(ce, end))) {
      const preceding2 = quoteEndingBefore(doc, cs - 1);
      if (preceding2) return draft(doc, cue, [preceding2.quote.tokenStart, preceding2.quote.tokenEnd], speaker, cue.speechAct);
      return draft(doc, cue, [sentence.tokenStart, cs - 1], speaker, cue.speechAct);
    }
  }
  // English: "X said (that) …" — the content follows the cue (and an inverted speaker) directly.
  if (!pack.nounsCapitalized && !subordinate) {
    let after = lastCue + 1;
    if (speaker && speaker[0] > lastCue) after = speaker[1];
    // "…, a Home Office spokesman told reporters, adding …": the addressee of "told" before the comma is no content.
    if (cue.lemma === 'tell' && speaker !== null && speaker[1] <= verb && tokens[cs - 1]?.text === ',' && cs > sentence.tokenStart + 1) {
      const addressee = readSpeakerForward(tokens, after, end, pack) ?? (tokens[after]?.type === 'word' && tokens[after + 1]?.text === ',' ? [after, after + 1] : null);
      if (addressee && addressee[1] - addressee[0] <= 4 && (tokens[addressee[1]]?.text === ',' || addressee[1] >= end)) after = addressee[1];
    }
    // "France rejected the request, diplomats said, dealing a blow to …": a cue clause set off by commas reports the clause
    // before it; what follows its closing comma (a participle, an apposition) is no content.
    // "The allegations are unfounded, said Dmitry Peskov, a spokesman for President Putin.": after an inverted speaker an
    // apposition closes the sentence; the clause before the cue is the content.
    // (With the comma inside a closing mark, '"…," said Peskov, a spokesman …', the quote branch above has taken it.)
    // So is a participle clause after it, also after a time phrase ("…, said the ministry on Monday, adding that …").
    const invertedEnd = speaker !== null && speaker[0] > lastCue ? Math.max(speaker[1], datedPhraseEnd(doc, speaker[1])) : -1;
    if (invertedEnd > 0 && tokens[invertedEnd]?.text === ',' && verb === cs && cs > sentence.tokenStart + 1 && tokens[cs - 1]!.text === ','
      && (closingApposition(doc, invertedEnd + 1, end) || (invertedEnd + 1 < end && isAdjunctParticipleAt(doc, invertedEnd + 1)
        && !isCapitalized(tokens[invertedEnd + 1]) && tokens[invertedEnd + 1]!.text.length > 4))) return clauseBeforeCue(doc, cue, sentence, cs, speaker!);
    // (So is one closing the sentence with a phrase of time or medium: "…, the Pentagon said in a statement.")
    const trailing = after < end && getSpeakerPack(doc.language).adverbialOpeners.has(tokens[after]!.lower) && closingApposition(doc, after + 1, end);
    // (And one with a time phrase before its closing comma: "…, the European Commission said on Tuesday, opening …".)
    const timeThenComma = after + 2 < end && datedPhraseEnd(doc, after) === after + 2 && tokens[after + 2]!.text === ',';
    if ((tokens[after]?.text === ',' || trailing || timeThenComma) && !doc.quoteByStart.has(after + 1) && cs > sentence.tokenStart + 1 && tokens[cs - 1]!.text === ','
      && speaker !== null && speaker[1] <= verb && !cue.speechAct) return clauseBeforeCue(doc, cue, sentence, cs, speaker);
    while (after < end && tokens[after]!.type === 'punct' && tokens[after]!.text !== '(') after++;
    // "told the Funke newspaper group that …", "said in a statement that …": an addressee or a phrase of the medium before
    // "that" is no part of the content.
    // "said on Sunday it had struck …": a time phrase right after the verb is no part of the content.
    const time = leadingTimePhraseEnd(doc, after, end);
    if (time > after) after = time;
    const that = complementizerAfterPhrase(doc, after, end);
    if (that > after) after = that;
    // "told the BBC: „This is a test …“": an addressee before a colon and a quote; the quote is the content.
    const colon = that > after ? -1 : colonAfterPhrase(doc, after, end);
    if (colon > 0) {
      const quoted = quoteStartingAt(doc, colon + 1);
      if (quoted) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker, cue.speechAct);
    }
    if (after < end) {
      const quoted = quoteStartingAt(doc, after);
      if (quoted) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker, cue.speechAct);
      const opensClause = pack.complementizers.has(tokens[after]!.lower);
      // (The content ends before a cue clause of its own after a comma: "expect a recovery, according to a note to clients".)
      let stop = end;
      // (Not "…, citing satellite images": the speaker's own source stays a relay inside the content.)
      for (let k = after + 1; k < end; k++) if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'according' && holdsCue(doc, k + 1, sentence)) { stop = k; break; }
      // ("Police found the body", "She knows the city": verbs that report only a clause take no object as content.)
      const clauseOnly = pack.clauseOnlyLemmas?.has(cue.lemma) === true && !opensClause && !holdsFiniteHelper(doc, after, stop);
      if (tokens[after]!.type === 'word' && (opensClause || !cue.speechAct) && !clauseOnly) return draft(doc, cue, [after, stop], speaker, cue.speechAct);
    }
  }
  // "sagte er:" / "sagte, dass" / "forderte ... auf, „…“".
  const next = tokens[ce];
  if (next && next.type === 'quote' && doc.quoteByStart.has(ce) && !doc.quotes[doc.quoteByStart.get(ce)!]!.short) {
    const q = doc.quotes[doc.quoteByStart.get(ce)!]!;
    return draft(doc, cue, [q.tokenStart, Math.max(q.tokenEnd, ce + 1)], speaker, cue.speechAct);
  }
  // "Albrecht Conze, der Direktor der Mission, bezeichnete …": the stretch before the comma is the subject, not content;
  // nor is an adverbial clause in the indicative ("Da ein Rückflug nicht möglich war, entschied der Pilot …").
  const subjectBeforeComma = (speaker !== null && speaker[0] < verb && speaker[1] >= cs - 1)
    || adverbialClause(doc, sentence.tokenStart, cs - 1)
    // "In einem Bericht, der dem Sicherheitsrat vorlag, fordert Annan …": a phrase with its relative clause fills the field before an act,
    // and before any cue when the phrase has no verb ("In einem Referendum, das in Grönland stattfand, sprach sich … aus").
    || ((cue.speechAct || pack.actLemmas.has(cue.lemma)) && phraseWithRelativeClause(doc, sentence.tokenStart, cs - 1))
    || nounPhraseWithRelativeClause(doc, sentence.tokenStart, cs - 1)
    // ("Auch offizielle Statistiken, auf die im ai-Bericht hingewiesen wird, bekräftigen …": also a noun phrase opening
    // with an adverb or an adjective.)
    || (pack.nounsCapitalized && nounWithRelativeClause(doc, sentence.tokenStart, cs - 1))
    // "Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte …": a name with its relative clause closing right
    // before the verb is the subject.
    || (pack.nounsCapitalized && verb === cs && nameWithRelativeClause(doc, sentence.tokenStart, cs - 1))
    // "Bereits am Freitag, den 28. Juni, wurde … gemeldet", "Karl-Theodor zu Guttenberg, Obmann der …, warf … vor": a
    // phrase without a verb fills the field before the verb; it says nothing.
    || verblessPhrase(doc, sentence.tokenStart, cs - 1);
  // "Sie seien außer Gefahr, sagte Mark O'Keefe, der Sprecher der Ambulanz.": a cue clause after a comma reports the
  // clause before it; what follows its own comma is an apposition, unless it opens a content clause of its own.
  if (verb === cs && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && !subordinate && next && next.text === ','
    && !cue.speechAct && speaker !== null && speaker[0] > verb && !opensOwnContent(doc, ce + 1, end) && !subjectBeforeComma) {
    const preceding2 = quoteEndingBefore(doc, cs - 1);
    if (preceding2) return draft(doc, cue, [preceding2.quote.tokenStart, preceding2.quote.tokenEnd], speaker, cue.speechAct);
    return draft(doc, cue, [sentence.tokenStart, cs - 1], speaker, cue.speechAct);
  }
  // Skip an inserted clause between commas before "dass" ("sagte er, wie berichtet wurde, dass").
  // (In English not a clause with a cue of its own: "accused Iran of …, Secretary of State Mike Pompeo said".)
  // "Frankreich schloss sich dieser Forderung an, wie das Außenministerium mitteilte.": a "wie" clause with a verb cue of
  // its own closing the sentence is that cue's attribution of this clause, not this cue's content. (After a verb of
  // saying it is a reported question: "Der Minister erklärte, wie er die Lage einschätze.")
  const wieClauseCloses = next?.text === ',' && pack.nounsCapitalized && !SAYING_VERBS.has(cue.lemma) && pack.cueSubordinators.has(tokens[ce + 1]?.lower ?? '')
    && holdsVerbCue(doc, ce + 1, sentence.index) && clauseEnd(tokens, ce + 1, sentence) >= end - 1;
  if (next && (next.text === ',' || next.text === ':') && ce + 1 < sentence.tokenEnd && !wieClauseCloses && !(next.text === ',' && !pack.nounsCapitalized && holdsCue(doc, ce + 1, sentence))) {
    let afterStart = ce + 1;
    // "erklärte der Rat, wie sich die Junta nennt, die Lage sei …": an inserted "wie" clause with a verb cue is no content.
    if (pack.nounsCapitalized && pack.cueSubordinators.has(tokens[afterStart]!.lower) && holdsVerbCue(doc, afterStart, sentence.index)) {
      const close = clauseEnd(tokens, afterStart, sentence);
      if (tokens[close]?.text === ',' && close + 1 < end) afterStart = close + 1;
    }
    // "schrieb X in der „Correio da Manhã“, einem Boulevardblatt, die Gesellschaft sei …", "sagte der Koordinator, Deftalgne
    // Tessema, gegenüber der BBC, dass …": an apposition (or a phrase) after a noun closing the cue clause is no content.
    if (pack.nounsCapitalized) {
      for (let n = 0; n < 2 && next.text === ','; n++) {
        const close = appositionAfterNoun(doc, afterStart, end);
        if (close < 0 || opensRelativeClause(tokens, afterStart, pack) || opensRelativeClause(tokens, close + 1, pack)
          || pack.cueSubordinators.has(tokens[close + 1]!.lower) || !opensContentClause(doc, close + 1, end, cue)) break;
        afterStart = close + 1;
      }
    }
    const quoted = quoteStartingAt(doc, afterStart);
    // "äußerte sich zu …: „Wir befürchten das Schlimmste“, sagte er": a quote after the colon that has a cue of its own.
    const ownCue = quoted !== null && tokens[quoted.quote.tokenEnd]?.text === ',' && quoted.quote.tokenEnd + 1 < sentence.tokenEnd
      && holdsCue(doc, quoted.quote.tokenEnd + 1, sentence);
    // "Er glaubt weiterhin, dass das Team gestärkt hervorgegangen sei: „…“": a cue in the content clause of an earlier verb
    // cue of the sentence does not take the quote after the colon (the earlier cue does, addQuotesAfterContent).
    // (So does one in an indirect question after "heißt es": "heißt es zur Begründung, warum man sich für dieses Bild
    // entschieden hat: „…“".)
    if (quoted && next.text === ':' && (pack.complementizers.has(tokens[cs]!.lower) || (pack.nounsCapitalized && QUESTION_WORDS.test(tokens[cs]!.lower)))
      && tokens[cs - 1]?.text === ','
      && (verbCuesOfSentence(doc, sentence.index).some((c) => c.tokenIds[c.tokenIds.length - 1]! < cs - 1)
        || doc.cues.some((c) => c.type === 'impersonal' && c.sentence === sentence.index && c.tokenIds[c.tokenIds.length - 1]! < cs - 1))) return null;
    if (quoted && (quoted.quote.tokenEnd >= end || (next.text === ':' && (!quoted.quote.short || ownCue)))) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker, cue.speechAct);
    // "sagte Honoré Durand, der Geschäftsführer des Unternehmens: „…“": an apposition to the speaker before a colon and a quote.
    const afterApposition = next.text === ',' ? quoteAfterApposition(doc, afterStart, end) : null;
    if (afterApposition) return draft(doc, cue, [afterApposition.tokenStart, afterApposition.tokenEnd], speaker, cue.speechAct);
    // (Not a clause that belongs to the act's object: "forderte einen Korridor, der … überwacht werden soll".)
    // "Obwohl Steinbrück mit Mehreinnahmen rechnet, sei man von einer Entschuldung weit entfernt": after a fronted adverbial
    // clause the main clause resumes with its finite verb; it is not the content of the cue inside the adverbial clause.
    const resumesMain = next.text === ',' && subordinate && !pack.cueSubordinators.has(tokens[cs]!.lower) && cs <= firstWord(doc, sentence)
      && !isCapitalized(tokens[afterStart]) && isMoodOrAuxiliary(tokens[afterStart]!.lower, pack);
    // "Von deutscher Seite wurde gefordert, alle Beiträge, die … gemeldet wurden, sollten … geprüft werden": after a relative
    // clause the clause it belongs to resumes with its finite verb; it is not the content of the cue inside the relative clause.
    const resumesAfterRelative = next.text === ',' && !subordinate && cs > sentence.tokenStart && tokens[cs - 1]!.text === ','
      && opensRelativeClause(tokens, cs, pack) && !isCapitalized(tokens[afterStart])
      && (isMoodOrAuxiliary(tokens[afterStart]!.lower, pack) || MODAL_SUBJUNCTIVES.has(tokens[afterStart]!.lower) || getSpeakerPack(doc.language).finiteHelpers.has(tokens[afterStart]!.lower));
    if (!resumesMain && !resumesAfterRelative && (next.text === ':' || (opensContentClause(doc, afterStart, end, cue) && !attachesToObject(doc, cue, afterStart, end)))) {
      // "Nachdem die Partei angekündigt hatte, den Vorschlag prüfen zu lassen, stellte sich …": the content of a cue in a
      // subordinate or relative clause ends where the clause it depends on goes on.
      const dependent = (subordinate && !pack.cueSubordinators.has(tokens[cs]!.lower))
        || (cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && opensRelativeClause(tokens, cs, pack));
      const to = dependent && next.text === ',' ? nextComma(tokens, afterStart, end, pack) : mainClauseResumes(tokens, afterStart, end, pack);
      return draft(doc, cue, [afterStart, to], speaker, cue.speechAct);
    }
  }
  // "hat angekündigt die Preise ab 1. Oktober zu erhöhen", "wurden Anwohner aufgefordert Türen und Fenster geschlossen zu
  // halten": a zu-infinitive closing the cue's clause right after the cue, written without a comma, is its content.
  const bare = pack.nounsCapitalized && !subordinate ? bareInfinitiveAfter(doc, cue, Math.max(...cue.tokenIds), ce, speaker) : -1;
  if (bare >= 0) return draft(doc, cue, [bare, ce], speaker, cue.speechAct);
  // "Pérez hoffte dass der „Heilige Geist wach ist“": a dass clause right after the cue, written without its comma.
  const bareDass = pack.nounsCapitalized && !subordinate ? Math.max(...cue.tokenIds) + 1 : -1;
  if (bareDass > 0 && bareDass < end && (tokens[bareDass]!.lower === 'dass' || tokens[bareDass]!.lower === 'daß')) {
    return draft(doc, cue, [bareDass, mainClauseResumes(tokens, bareDass, end, pack)], speaker, cue.speechAct);
  }
  // English and German without comma: "said (that) ...", "sagte(,) er sei".
  if (next === undefined || ce >= end) {
    // Cue at the clause end: content may be the clause before it ("Die Lage sei ernst, sagte er").
    if (verb === cs && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && !subjectBeforeComma && !elliptic) {
      const startContent = sentence.tokenStart;
      return draft(doc, cue, [startContent, cs - 1], speaker, cue.speechAct);
    }
  }
  if (verb === cs && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && !subordinate && !subjectBeforeComma && !elliptic) {
    return draft(doc, cue, [sentence.tokenStart, cs - 1], speaker, cue.speechAct);
  }
  // A quote elsewhere in the sentence ("nannte den Bericht eine „Zeitungsente“").
  // (Not one after a main clause with a verb cue of its own: "…, die Sprecherin, Sandra Boser, erklärte: „…“".)
  const inner = quotesInside(doc, [cs, end < contentEnd(tokens, sentence) ? end : sentence.tokenEnd]).find((at) => !doc.quotes[at]!.short && !pack.titleNouns?.has(tokens[doc.quotes[at]!.tokenStart - 1]?.lower ?? '')
    && !(demandedObject(doc, at, cue) && closesClause(doc, at, ce, cue, verb)));
  if (inner !== undefined) {
    const q = doc.quotes[inner]!;
    return draft(doc, cue, [q.tokenStart, q.tokenEnd], speaker, cue.speechAct);
  }
  // "nannte den Bericht eine „Zeitungsente“", "bezeichnete die Pläne als „Wortbruch“", "warnte vor einem „Wahlkampf“":
  // a quote in the cue's own clause, outside the speaker, is the speaker's words (also a single word); the act is not
  // reported beside it.
  // (Also in a relative clause: "…, der zunächst Ahmadinedschads Wahlsieg als „Fest“ bezeichnete, ordnete …".)
  const relative = cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && opensRelativeClause(tokens, cs, pack);
  // Its subject is the relative pronoun when no other stands in the clause ("der die Entscheidung als „Fest“ bezeichnete").
  // (Not of a passive, whose pronoun is what is named: "Die Rauchschwaden, die als „nebelartig“ beschrieben wurden".)
  const objectSpeaker: Range | null = speaker ?? (relative && !cue.passive && SUBJECT_RELATIVES.has(tokens[cs]!.lower) ? [cs, cs + 1] : null);
  // (A passive in a relative clause without its agent names nobody: "…, die als „nebelartig“ beschrieben wurden, …".)
  if ((objectSpeaker || (relative && cue.passive)) && (!subordinate || relative)) {
    const objects = quotesInside(doc, [cs, ce]).filter((at) => quotedWords(doc, at) >= 1 && !(objectSpeaker && insideRange(doc.quotes[at]!, objectSpeaker)) && !nameLike(doc, at) && !namedByNounBefore(doc, at)
      && closesClause(doc, at, ce, cue, verb) && !demandedObject(doc, at, cue));
    // (The quote after the verb before one in its subject: "Ein Vertreter der „con energy ag“ bezeichnet … als „strategisch“".)
    // (English puts its object after the verb: "Paris is „deeply concerned“ and calls on …" quotes no object of "calls on".)
    const object = objects.find((at) => doc.quotes[at]!.tokenStart > verb) ?? (pack.nounsCapitalized ? objects[0] : undefined);
    if (object !== undefined) return draft(doc, cue, [doc.quotes[object]!.tokenStart, doc.quotes[object]!.tokenEnd], objectSpeaker);
  }
  // No content clause: a reported speech act ("Teheran wies die Anschuldigungen zurück"); the act itself is the content.
  // "droht dem Verein der Abstieg", "hat Südkorea gedroht", "haben sich angeschlossen": no companion word, no act.
  const bareThreat = pack.actNeedsContent.has(cue.lemma) && !hasCompanionWord(doc, cue);
  // "Linke Gruppen hatten ihren Protest angekündigt", "Die PAD hatte zu einer Demonstration aufgerufen": an act in the
  // pluperfect is background to the news, not a reported act of its own.
  // Only an act whose participle closes it ("… angekündigt.", "… gemeldet, nachdem …"), not one with a content clause
  // ("hatten dazu aufgerufen, den Strom abzuschalten") or a 'von' phrase of what was said ("hatte von … berichtet").
  const background = cue.tokenIds.some((k) => pack.pluperfectAuxiliaries?.has(tokens[k]!.lower) ?? false)
    && closesWithParticiple(doc, cue, sentence, cs);
  // An act in an adverbial clause ("während die Bangkok Post von 100.000 Demonstranten sprach") is that clause.
  const adverbialAct = subordinate && !pack.cueSubordinators.has(tokens[cs]!.lower);
  // "Der Protoplanet habe sich so schnell entwickelt, dass sie nun von einer anderen Theorie ausgingen": an act in a
  // subordinate clause of a main clause in the reported mood is part of the reported sentence (left to the continuation).
  if (adverbialAct && pack.nounsCapitalized && moodBeforeClause(doc, sentence.tokenStart, cs)) return null;
  // So is one in a fronted adverbial clause whose main clause resumes in the reported mood ("Obwohl Steinbrück mit
  // Steuermehreinnahmen rechnet, sei man von einer „Entschuldung weit entfernt“").
  if (adverbialAct && pack.nounsCapitalized && cs <= firstWord(doc, sentence) && tokens[ce]?.text === ','
    && pack.reportedMoodForms.has(tokens[ce + 1]?.lower ?? '')) return null;
  // "wurde von den Veranstaltern als Erfolg gewertet", "Als Grund wurden … genannt": a passive act (its agent the speaker).
  const passiveAct = cue.passive && reportedPassive(doc, [cs, ce], agent, cue);
  // "Rosinenbomber nannte man Flugzeuge, die …", "Als Lichtjahr bezeichnet man die Strecke …": a name is defined.
  const definition = NAMING_VERBS.has(cue.lemma) && speaker !== null && speaker[1] - speaker[0] === 1 && tokens[speaker[0]]!.lower === 'man';
  // "…, um über den Streik berichten zu können": an act in a purpose or manner infinitive is intended, not reported.
  const purpose = INFINITIVE_ADVERBIALS.has(tokens[cs]!.lower);
  // "Die Identität des Kindes gab die Behörde nicht bekannt": a negated act reports that nothing was said.
  const negated = negatedAct(doc, [cs, ce]);
  if ((!subordinate || adverbialAct) && (!cue.passive || passiveAct) && (speaker || passiveAct) && !bareThreat && !background && !definition && !purpose && !negated
    && isActUse(doc, cue, [cs, ce]) && isSpeechUse(doc, cue, [cs, ce])) {
    // An act coordinated with another attribution starts at its conjunction ("schrieben die Hacker und kündigten Aktionen an").
    let from = speaker && speaker[0] < verb && !elided ? Math.min(speaker[0], cs) : cs;
    if (speaker && COORDINATORS.has(tokens[verb - 1]?.lower ?? '') && speaker[1] < verb && holdsOtherCue(doc, cue, [from, verb - 1], true)) from = verb - 1;
    const own: Range = [from, Math.min(ce, end)];
    const result = draft(doc, cue, adverbialAct ? own : reportedActRange(doc, cue, sentence, own, verb, cs), speaker);
    if (result) {
      result.kind = 'reported';
      result.confidence -= 0.2;
      // The act as a whole sentence keeps its final punctuation (an act after a comma does not: "…, die Polizei spricht von …").
      // So does an act after a colon, and an act closing at a semicolon keeps it (the dataset's sentences end at ':' and ';':
      // "… sprechen die Erfahrungen der Praxis: Die Gemeinschaftsschulen … melden … .", "Die Veranstalter schätzten … Teilnehmer;").
      const opens = result.content[0] <= firstWord(doc, sentence) || tokens[result.content[0] - 1]?.text === ':';
      if (result.content[1] >= end && opens) while (result.content[1] < sentence.tokenEnd && TERMINAL_PUNCT.has(tokens[result.content[1]]!.text)) result.content[1]++;
      else if (opens && tokens[result.content[1]]?.text === ';') result.content[1]++;
    }
    return result;
  }
  // "Der Bundespräsident konstatierte eine wachsende „Kluft zwischen Arm und Reich“": a quoted phrase in the cue's
  // clause is what the speaker said, even without a content clause.
  if (speaker && !subordinate) {
    // (Not a quoted name: "der Zeitung „International Herald Tribune“ mitgeteilt", "zum Film „2001: Odyssee im Weltraum“".)
    const phrase = quotesInside(doc, [cs, ce]).find((at) => quotedWords(doc, at) >= 2 && !nameLike(doc, at) && !namedByNounBefore(doc, at));
    if (phrase !== undefined) return draft(doc, cue, [doc.quotes[phrase]!.tokenStart, doc.quotes[phrase]!.tokenEnd], speaker);
  }
  return null;
}

/**
 * Whether [from, to) is a phrase without a verb and its relative clause ("Zur Rechtfertigung der Beobachtung dieser
 * Partei, die in den Bundestag gewählt wurde, verweist der Bericht auf …"): it fills the field before a verb after its
 * comma and is no content clause ("Der Protoplanet ist … so schwer wie Jupiter, die …, erklärte X" has a verb before it).
 */
function nounPhraseWithRelativeClause(doc: WithCues, from: number, to: number): boolean {
  if (!phraseWithRelativeClause(doc, from, to)) return false;
  let comma = from;
  while (comma < to && doc.tokens[comma]!.text !== ',') comma++;
  return verblessPhrase(doc, from, comma);
}

/** English words of a time phrase between a subject and its verb ("on Thursday", "last week", "earlier this month"). */
const TIME_TAIL_WORDS_EN = new Set(['on', 'in', 'last', 'this', 'next', 'earlier', 'later', 'late', 'early', 'yesterday', 'today', 'tonight', 'now', 'also', 'again', 'already', 'previously', 'recently', 'meanwhile', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night']);

/**
 * Where a time phrase closing the field [from, verb) starts ("The United States on Thursday"), when the field before it is a
 * subject; -1 otherwise. English only.
 */
function timeTailStart(doc: WithCues, from: number, verb: number): number {
  const { tokens, pack } = doc;
  const words = getSpeakerPack(doc.language);
  let k = verb;
  while (k > from) {
    const t = tokens[k - 1]!;
    if (t.type !== 'word' || !(TIME_TAIL_WORDS_EN.has(t.lower) || words.timeWords.has(t.lower) || /^\d{1,4}$/.test(t.text))) break;
    k--;
  }
  if (k === verb || k === from || !isSubjectField(tokens, [from, k], pack)) return -1;
  return k;
}

/**
 * English: the "that" opening a content clause after a short phrase without a verb ("the Funke newspaper group", "in a
 * statement", "reporters on Monday"); -1 when there is none within eight words.
 */
function complementizerAfterPhrase(doc: WithCues, from: number, end: number): number {
  const { tokens, pack } = doc;
  for (let k = from; k < Math.min(end, from + 9); k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') return -1;
    if (t.lower === 'that') return k > from && !pack.determiners.has(tokens[k - 1]!.lower) ? k : -1;
    if (pack.auxiliaries.has(t.lower) || pack.complementizers.has(t.lower) || (pack.cueWords.has(t.lower) && !isCapitalized(t))) return -1;
    // A subject or a verb in the past opens the content itself: "said he doubted that …", "said Iran denied that …".
    if (pack.subjectPronouns.has(t.lower) || (/ed$/.test(t.lower) && !pack.determiners.has(tokens[k - 1]?.lower ?? ''))) return -1;
  }
  return -1;
}

/**
 * The subject after the verb ("sagte der Minister", "…, said the spokesman"). English keeps its subject before the verb: a
 * phrase after it is the speaker only when nothing stands before the verb in its clause and the phrase closes the clause
 * ("…, said the spokesman." / "…, said Esper, adding …"), not "…, said Paris would not take part".
 */
function invertedSpeaker(doc: WithCues, verb: number, ce: number, from: number): Range | null {
  const inverted = speakerAfterVerb(doc, verb + 1, ce);
  if (doc.pack.nounsCapitalized || !inverted) return inverted;
  if (from < verb) return null;
  const closing = doc.tokens[inverted[1]];
  if (closing === undefined || closing.type !== 'word' || inverted[1] >= ce) return inverted;
  // (Also before a closing phrase of time: "…, said the Pentagon on Tuesday.")
  const dated = datedPhraseEnd(doc, inverted[1]);
  const after = doc.tokens[dated];
  return dated > 0 && (dated >= ce || after === undefined || after.type !== 'word') ? inverted : null;
}

/**
 * English: what a cue clause opened after the comma at `cs` reports, the sentence before that comma, or the quote that
 * opens the sentence and ends there ("\"We need partners,\" …").
 */
function clauseBeforeCue(doc: WithCues, cue: CueCandidate, sentence: Sentence, cs: number, speaker: Range): DraftAttribution | null {
  const preceding = quoteEndingBefore(doc, cs - 1);
  if (preceding && preceding.quote.tokenStart <= sentence.tokenStart + 1) return draft(doc, cue, [preceding.quote.tokenStart, preceding.quote.tokenEnd], speaker);
  return draft(doc, cue, [sentence.tokenStart, cs - 1], speaker);
}

/** English verbs of quoting before "… as saying" ("quoted", "cited"). */
const QUOTED_AS_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/**
 * English "X quoted Y as saying (that) …": the phrase between the verb of quoting and "as" is the speaker, what follows
 * "saying" the content (the quoting outlet becomes its relay where it is one); null for other cues.
 */
function quotedAsSaying(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens, pack } = doc;
  if (pack.nounsCapitalized || cue.tokenIds.length !== 1) return null;
  const at = cue.tokenIds[0]!;
  if (!/ing$/.test(tokens[at]!.lower) || tokens[at - 1]?.lower !== 'as') return null;
  let verb = -1;
  for (let k = at - 2; k >= Math.max(sentence.tokenStart, at - 16); k--) {
    if (tokens[k]!.type === 'punct' && tokens[k]!.text !== '-') break;
    if (QUOTED_AS_VERBS.has(tokens[k]!.lower)) { verb = k; break; }
  }
  if (verb < 0 || verb + 1 >= at - 1) return null;
  const speaker = trimRange(tokens, [verb + 1, at - 1]);
  const end = contentEnd(tokens, sentence);
  let from = at + 1;
  while (from < end && tokens[from]!.type === 'punct') from++;
  if (from >= end) return null;
  const quoted = quoteStartingAt(doc, from);
  if (quoted) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker);
  return draft(doc, cue, [from, end], speaker);
}

/** English: the colon closing a short phrase without a verb right after a cue ("told the BBC:"); -1 when there is none. */
function colonAfterPhrase(doc: WithCues, from: number, end: number): number {
  const { tokens, pack } = doc;
  for (let k = from; k < Math.min(end, from + 8); k++) {
    const t = tokens[k]!;
    if (t.text === ':') return k > from ? k : -1;
    if (t.type !== 'word' || pack.auxiliaries.has(t.lower) || pack.complementizers.has(t.lower) || pack.subjectPronouns.has(t.lower)) return -1;
  }
  return -1;
}

/** English verbs that make a claim when negated ("did not deny that …", "did not rule out …"). */
const NEGATED_CLAIMS_EN = new Set(['deny', 'dispute', 'reject', 'hide', 'doubt', 'question']);

/**
 * Whether a phrase names a source: a capitalized word (a name, an outlet), or a noun of people or of sources
 * ("unnamed officials", "people familiar with the matter", "a report", "a statement").
 */
function namesSource(doc: WithCues, [from, to]: Range): boolean {
  const { tokens, pack } = doc;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') continue;
    if (isCapitalized(t) && !pack.determiners.has(t.lower)) return true;
    const singular = t.lower.replace(/s$/, '');
    if (pack.bareSubjectNouns?.has(t.lower) || pack.sourceNouns.has(t.lower) || pack.sourceNouns.has(`${t.lower}s`) || pack.bareSubjectNouns?.has(`${singular}s`)) return true;
  }
  return false;
}

/** English: "not", "never" or a contracted "n't" right before the verb (or before one adverb in between). */
function negatedBefore(doc: WithCues, verb: number): boolean {
  const { tokens } = doc;
  const negation = (t: Token | undefined) => t !== undefined && (t.lower === 'not' || t.lower === 'never' || /n['’]t$/.test(t.lower));
  // "declined to comment on the talks", "refused to say whether …": a refusal says nothing.
  if (tokens[verb - 1]?.lower === 'to' && doc.pack.refusalVerbs?.has(tokens[verb - 2]?.lower ?? '')) return true;
  return negation(tokens[verb - 1]) || (negation(tokens[verb - 2]) && tokens[verb - 1]?.type === 'word' && /ly$/.test(tokens[verb - 1]!.lower));
}

/**
 * English: the end of a time phrase opening [from, end) before a clause ("on Sunday it had …", "last week that …",
 * "yesterday the ministry …"): "on" or "last/this/next" with a time word, or "yesterday"/"today"; -1 when there is none.
 */
function leadingTimePhraseEnd(doc: WithCues, from: number, end: number): number {
  const { tokens, pack } = doc;
  let k = from;
  const t = tokens[k];
  if (!t) return -1;
  const dated = datedPhraseEnd(doc, k);
  if (dated > 0) k = dated;
  else if (t.lower === 'yesterday' || t.lower === 'today') k += 1;
  else return -1;
  const next = tokens[k];
  if (k >= end || !next || next.type !== 'word') return -1;
  return pack.complementizers.has(next.lower) || pack.subjectPronouns.has(next.lower) || pack.determiners.has(next.lower) || isCapitalized(next) ? k : -1;
}

/** English words opening a phrase of time before a time word ("on Tuesday", "last week"). */
const TIME_PHRASE_OPENERS = new Set(['on', 'last', 'this', 'next']);

/** The end of an English two-word phrase of time at `k` ("on Tuesday", "last week"), or -1. */
function datedPhraseEnd(doc: WithCues, k: number): number {
  const t = doc.tokens[k];
  return t && TIME_PHRASE_OPENERS.has(t.lower) && getSpeakerPack(doc.language).timeWords.has(doc.tokens[k + 1]?.lower ?? '') ? k + 2 : -1;
}

/** English nouns naming what was said, taken up by an apposition ("…, a charge Tehran rejected"). */
const SAYING_NOUNS_EN = new Set(['charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'suggestion', 'assessment', 'view', 'account', 'report', 'version']);

/**
 * In English, the subject of a relative clause without pronoun on a noun of saying after a comma ("…, a charge Tehran
 * rejected as baseless", "…, an accusation the Kremlin denies"): the phrase between the noun and the verb; null otherwise.
 */
function contactRelativeSubject(doc: WithCues, cs: number, verb: number, sentence: Sentence): Range | null {
  const { tokens, pack } = doc;
  if (pack.nounsCapitalized || cs <= sentence.tokenStart || tokens[cs - 1]!.text !== ',') return null;
  if (!pack.determiners.has(tokens[cs]!.lower) || !SAYING_NOUNS_EN.has(tokens[cs + 1]?.lower ?? '') || cs + 2 >= verb) return null;
  const subject: Range = [cs + 2, verb];
  if (!isSubjectField(tokens, subject, pack)) return null;
  return trimRange(tokens, subject);
}

/** Whether [from, to) holds a reported-mood form outside quotes ("Der Planet habe sich so schnell entwickelt, dass …"). */
function moodBeforeClause(doc: WithCues, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (doc.pack.reportedMoodForms.has(t.lower) && doc.tokens[k - 1]?.lower !== 'ich' && doc.tokens[k + 1]?.lower !== 'ich') return true;
  }
  return false;
}

/**
 * Whether the cue's last token ends its sentence or is followed only by a comma and a subordinate clause
 * ("… als vermisst gemeldet, nachdem …"), with no 'von' phrase in its clause before it.
 */
function closesWithParticiple(doc: WithCues, cue: CueCandidate, sentence: Sentence, clauseFrom: number): boolean {
  const { tokens, pack } = doc;
  const last = Math.max(...cue.tokenIds);
  for (let k = clauseFrom; k < last; k++) if (tokens[k]!.lower === 'von') return false;
  const next = tokens[last + 1];
  if (last + 1 >= sentence.tokenEnd || !next || TERMINAL_PUNCT.has(next.text)) return true;
  return next.text === ',' && pack.subordinators.has(tokens[last + 2]?.lower ?? '');
}

/** Words inside a quote (its marks excluded). */
function quotedWords(doc: WithCues, at: number): number {
  const quote = doc.quotes[at]!;
  let words = 0;
  for (let k = quote.tokenStart + 1; k < quote.tokenEnd - 1; k++) if (doc.tokens[k]!.type === 'word') words++;
  return words;
}

const AFTER_VERB_PREPOSITIONS = new Set([...PHRASE_PREPOSITIONS_DE, 'to', 'at', 'on']);

/** Verbs of saying that take any clause after their comma as content. */
const SAYING_VERBS = new Set([
  'sagen', 'erklären', 'betonen', 'meinen', 'berichten', 'mitteilen', 'schreiben', 'ergänzen', 'hinzufügen', 'versichern',
  'behaupten', 'bestätigen', 'antworten', 'entgegnen', 'erwidern', 'äußern', 'unterstreichen', 'bekräftigen', 'argumentieren',
  'ankündigen', 'erläutern', 'ausführen', 'bekanntgeben', 'angeben', 'einräumen', 'zugeben', 'hervorheben', 'feststellen',
  'klarstellen', 'beteuern', 'verkünden', 'melden', 'zitieren', 'kritisieren', 'begründen',
]);

/** Verbs of warning and accusing that take a clause after their comma as content in the active voice. */
const ACTIVE_SAYING_VERBS = new Set(['warnen', 'vorwerfen']);

/**
 * Whether [from, to) is a name (capitalized words, no verb) followed by one relative clause that runs to `to`:
 * "Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah". Its clause holds no quote or reported mood.
 */
function nameWithRelativeClause(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  let comma = from;
  while (comma < to && tokens[comma]!.type === 'word' && isCapitalized(tokens[comma]) && !pack.speakerStopWords.has(tokens[comma]!.lower)) comma++;
  if (comma === from || comma - from > 4 || tokens[comma]?.text !== ',' || !RELATIVE_PRONOUNS.has(tokens[comma + 1]?.lower ?? '')) return false;
  for (let k = comma + 1; k < to; k++) {
    const t = tokens[k]!;
    // (A short quote inside is a scare quote: "die mit einem sogenannten „Gestapo-Vergleich“ für Schlagzeilen gesorgt hatte".)
    const at = doc.quoteByStart.get(k);
    if (at !== undefined && doc.quotes[at]!.short && doc.quotes[at]!.tokenEnd <= to) { k = doc.quotes[at]!.tokenEnd - 1; continue; }
    if (t.type === 'quote' || t.text === ',' || CLAUSE_PUNCT.has(t.text) || pack.reportedMoodForms.has(t.lower) || pack.continuationMoodForms.has(t.lower)) return false;
  }
  return true;
}

/**
 * Whether [from, to) is a noun phrase (no verb: its lower-case words are articles or attributive adjectives before its
 * noun) followed by one relative clause, also after a preposition, that runs to `to`: "Auch offizielle Statistiken, auf
 * die im ai-Bericht hingewiesen wird", "Jüngste Umfragen, in denen die Beteiligten … konfrontiert wurden". Such a stretch
 * is the subject of the verb after its comma ("…, bekräftigen die niedrige Aufklärungsquote"), not a clause that verb
 * reports. Its clause holds no quote or reported mood, as for a name (nameWithRelativeClause).
 */
function nounWithRelativeClause(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  let comma = from;
  while (comma < to && tokens[comma]!.type === 'word') comma++;
  if (comma === from || comma - from > 6 || tokens[comma]?.text !== ',' || !isCapitalized(tokens[comma - 1])) return false;
  for (let k = from; k < comma; k++) {
    const t = tokens[k]!;
    if (isCapitalized(t) || pack.determiners.has(t.lower)) continue;
    // An attributive adjective before its noun, not a verb form after a noun ("Die Firma meldete Verluste").
    const before = tokens[k - 1];
    const afterNoun = k > from && k - 1 > from && isCapitalized(before) && !pack.determiners.has(before!.lower);
    if (isAdjectiveLike(t, pack) && !isKnownFiniteForm(t.lower, pack) && !afterNoun && (isCapitalized(tokens[k + 1]) || isAdjectiveLike(tokens[k + 1], pack))) continue;
    return false;
  }
  let open = comma + 1;
  if (PHRASE_PREPOSITIONS_DE.has(tokens[open]?.lower ?? '')) open++;
  if (!RELATIVE_PRONOUNS.has(tokens[open]?.lower ?? '')) return false;
  for (let k = open; k < to; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote' || t.text === ',' || CLAUSE_PUNCT.has(t.text) || pack.reportedMoodForms.has(t.lower) || pack.continuationMoodForms.has(t.lower)) return false;
  }
  return true;
}

/** Verbs that make a claim when negated ("schloss nicht aus, dass …", "verhehlte nicht, dass …", "bestritt nicht, …"). */
const NEGATED_CLAIMS = new Set(['ausschließen', 'verhehlen', 'verschweigen', 'leugnen', 'bestreiten', 'zweifeln', 'bezweifeln', 'dementieren', 'widersprechen']);

/** Words that open an indirect question (German). */
const QUESTION_WORDS = /^(warum|weshalb|wieso|weswegen|wie|was|wer|wen|wem|wann|wo|woher|wohin|welche[rsmn]?|ob)$/;

/** Adverbs that may stand between a demonstrative and its verb ("das zumindest meint …"). */
const FOCUS = new Set(['zumindest', 'jedenfalls', 'auch', 'jedoch', 'allerdings', 'wenigstens']);
/** Verbs that with "sich" name rather than report ("wie sich die Gruppe nennt"). */
const NAMING_VERBS = new Set(['nennen', 'bezeichnen']);
/** Words that make a naming verb give a name: the reflexive and the impersonal pronoun. */
const NAMING_SUBJECTS = new Set(['sich', 'man']);

/** Whether the clause holds "sich" or "man" outside the cue ("das sich selbst „…“ nennt", "Dies nennt man …"). */
function holdsNamingSubject(doc: WithCues, cue: CueCandidate, [from, to]: Range): boolean {
  for (let k = from; k < to; k++) if (NAMING_SUBJECTS.has(doc.tokens[k]!.lower) && !cue.tokenIds.includes(k)) return true;
  return false;
}

/** Verbs of denial and rejection: a demonstrative object of theirs is what they reject ("Das lehnte Abhisit ab"). */
const DENIAL_VERBS = new Set(['ablehnen', 'bestreiten', 'dementieren', 'zurückweisen', 'abstreiten', 'leugnen', 'widersprechen']);

/** A demonstrative standing for the previous sentence ("Das sagte der Minister."). */
const DEMONSTRATIVES = new Set(['das', 'dies', 'dieses', 'this', 'that']);

/** Clause openers that do not start reported content. */
const NON_CONTENT_OPENERS = new Set(['als', 'weil', 'nachdem', 'obwohl', 'wenn', 'während', 'bevor', 'bis', 'seit', 'seitdem', 'um', 'indem', 'wobei', 'wodurch', 'wie', 'sowie', 'und', 'aber', 'sondern', 'wo', 'womit', 'worauf', 'wofür', 'falls', 'sofern', 'sodass', 'so']);

/** The sentence's first token that is no punctuation or quote mark. */
function firstWord(doc: WithCues, sentence: Sentence): number {
  let k = sentence.tokenStart;
  while (k < sentence.tokenEnd - 1 && doc.tokens[k]!.type !== 'word') k++;
  return k;
}

/** Subordinators that are also prepositions or adverbs ("als Grund", "während des Treffens", "da" = then). */
const AMBIGUOUS_SUBORDINATORS = new Set(['als', 'während', 'da']);

/** Whether the verb cue ending at `last` closes its clause (ending before `end`), as in a subordinate clause: only auxiliaries follow. */
function verbClosesClause(doc: WithCues, last: number, end: number): boolean {
  for (let k = last + 1; k < end; k++) {
    const t = doc.tokens[k]!;
    if (t.type === 'word' && !doc.pack.auxiliaries.has(t.lower) && !MODAL_AUXILIARIES.has(t.lower)) return false;
  }
  return true;
}

const MODAL_AUXILIARIES = new Set(['wollte', 'wollten', 'konnte', 'konnten', 'sollte', 'sollten', 'musste', 'mussten', 'kann', 'will', 'soll', 'muss']);

/** Prepositions before a relative pronoun ("…, in denen …", "…, mit der …"). */
const PRONOUN_PREPOSITIONS = new Set(["in", "mit", "von", "auf", "an", "bei", "für", "über", "unter", "aus", "nach", "zu", "durch", "gegen", "um", "vor"]);
/** Relative pronouns that after a preposition are no article: "in denen", "mit welchem", "in dessen Verlauf". */
const PREPOSITION_ONLY_RELATIVES = new Set(['denen', 'deren', 'dessen', 'welchem', 'welcher', 'welchen', 'welche', 'welches']);

/** Words opening a relative clause ("…, was von Teheran bestritten wird"). */
const RELATIVE_WORDS = new Set(['was', 'die', 'der', 'das', 'welche', 'welcher', 'welches', 'wobei', 'which', 'who', 'that', 'what']);

const LEADING_CONJUNCTIONS = new Set(['und', 'aber', 'doch', 'auch', 'denn', 'and', 'but', 'so']);
function isLeadingConjunction(token: Token): boolean {
  return LEADING_CONJUNCTIONS.has(token.lower);
}

/** A lower-case word with an adjective's ending after a fused article ("im letzten Satz", "vom neuen Vorstand"). */
function inflectedAdjective(token: Token | undefined, pack: WithCues['pack']): boolean {
  return !!token && token.type === 'word' && !isCapitalized(token) && (isAdjectiveLike(token, pack) || /[a-zäöüß](en|em|er|es)$/.test(token.lower));
}

/**
 * Whether the agent preposition at `k` stands after a noun or number inside the field before the finite auxiliary that
 * opens a passive cue: an attribute or a part of the phrase there, no agent ("Der Regierung unter der Führung von Erdoğan
 * wird vorgeworfen", "Mit 27 von 35 Stimmen wurde beschlossen"; an agent opens the field: "Von der Opposition wurde …").
 */
function attributeBeforeAuxiliary(doc: WithCues, cue: CueCandidate, k: number, from: number): boolean {
  const { tokens, pack } = doc;
  const first = Math.min(...cue.tokenIds);
  if (!pack.passiveAuxiliaries.has(tokens[first]!.lower) || k <= from || k >= first) return false;
  return isCapitalized(tokens[k - 1]) || /^\d/.test(tokens[k - 1]!.text);
}

/** Source prepositions fused with their article. */
const CONTRACTED_PREPOSITIONS = new Set(['im', 'vom', 'beim']);
const SOURCE_PREPOSITIONS = new Set(['in', 'im', 'aus', 'von', 'vom', 'bei', 'beim', 'auf']);

/** A source named in a prepositional phrase inside [from, to): "in dem Antrag", "aus Paris", "auf der Homepage". */
function sourcePhrase(doc: WithCues, from: number, to: number, cue: CueCandidate): Range | null {
  const { tokens, pack } = doc;
  for (let k = from; k < to; k++) {
    if (cue.tokenIds.includes(k)) continue;
    if (SOURCE_PREPOSITIONS.has(tokens[k]!.lower) && !(cue.passive && attributeBeforeAuxiliary(doc, cue, k, from))) {
      let phrase = readSpeakerForward(tokens, k + 1, to, pack);
      // A preposition with its article fused ("Im letzten Satz der Anordnung"): an adjective may open the phrase.
      if (!phrase && CONTRACTED_PREPOSITIONS.has(tokens[k]!.lower) && inflectedAdjective(tokens[k + 1], pack) && isCapitalized(tokens[k + 2])) {
        const noun = readSpeakerForward(tokens, k + 2, to, pack);
        if (noun) phrase = [k + 1, noun[1]];
      }
      // A time is no source: "Im März war der Versuch für gescheitert erklärt worden".
      // (A source noun heading the phrase names no time, whatever year it covers: "in einem Jahresbericht für 2005".)
      if (phrase && (!namesTime(doc, phrase) || isSourceNoun(tokens.slice(phrase[0], phrase[1]).find((t) => isCapitalized(t)), pack))) return phrase;
    }
  }
  return null;
}

/** A phrase naming a time: a month, weekday or other time word, or a year ("März", "dem Jahr 2005", "2011"). */
function namesTime(doc: WithCues, [from, to]: Range): boolean {
  const words = getSpeakerPack(doc.language);
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (words.timeWords.has(t.lower) || /^(1[89]|20)\d\d$/.test(t.text)) return true;
  }
  return false;
}

/** The document's verb cues: their first token ids, and by sentence in text order (cached per document). */
const indexVerbCues = perDocument((doc) => {
  const index = { starts: new Set<number>(), bySentence: new Map<number, CueCandidate[]>() };
  for (const c of doc.cues) {
    if (c.type !== 'verb') continue;
    index.starts.add(c.tokenIds[0]!);
    const list = index.bySentence.get(c.sentence) ?? [];
    list.push(c);
    index.bySentence.set(c.sentence, list);
  }
  return index;
});

/** Conjunctions that join two main clauses ("…, doch der Sprecher erklärte, …"). */
const MAIN_CLAUSE_COORDINATORS = new Set(['doch', 'aber', 'jedoch', 'und', 'sondern', 'but', 'and']);

/**
 * Where the content after a verb cue ends before a main clause with a verb cue of its own, after a comma and an
 * optional conjunction: its subject, then its finite verb in the indicative ("sagte vor der Presse, Annabi sei tot,
 * doch UN-Pressesprecher Nicholas Birnback erklärte, …"): that clause reports another speaker's words. `end` when
 * there is none.
 */
function mainClauseWithCue(doc: WithCues, from: number, end: number, rightAfterCue = false): number {
  const { tokens, pack } = doc;
  const starts = verbCueStarts(doc);
  for (let k = from; k < end; k++) {
    const quote = doc.quoteByStart.get(k);
    if (quote !== undefined) { k = doc.quotes[quote]!.tokenEnd - 1; continue; }
    if (tokens[k]!.text !== ',') continue;
    let m = k + 1;
    if (MAIN_CLAUSE_COORDINATORS.has(tokens[m]?.lower ?? '')) m++;
    // The comma right after the cue opens its content ("sagte, die Polizei erwartet, dass …") unless a conjunction
    // follows it ("stufte das Gesetz als verfassungswidrig ein, und das UN-Kinderhilfswerk UNICEF rief Russland auf").
    else if (k === from && !rightAfterCue) continue;
    const first = tokens[m];
    if (!first || first.type !== 'word' || pack.subordinators.has(first.lower) || pack.complementizers.has(first.lower)) continue;
    // A relative pronoun opens no subject ("…, die in Deutschland festgestellt worden waren"); an article does ("…, der Sprecher erklärte").
    const second = tokens[m + 1];
    // (Nor one with an article after it: "…, die den Auftritt kaum erwarten könne".)
    if (RELATIVE_PRONOUNS.has(first.lower) && !(second && second.type === 'word' && !pack.determiners.has(second.lower)
      && (isCapitalized(second) || isAdjectiveLike(second, pack)))) continue;
    // (A subject with an apposition between commas: "…, die Sprecherin der Fraktion, Sandra Boser, erklärte: „…“".)
    let apposition = -1;
    for (let q = m + 3; q < Math.min(end, m + 30) && apposition < 0; q++) {
      const t = tokens[q]!;
      if (TERMINAL_PUNCT.has(t.text) || t.text === ':' || t.text === ';') break;
      if (t.text === ',' && starts.has(q + 1) && tokens[m - 1]?.text === ',' && nominalFieldWithApposition(tokens, m, q, pack)) apposition = q + 1;
    }
    for (let v = apposition > 0 ? apposition : m + 1; v < Math.min(end, apposition > 0 ? apposition + 1 : m + 8); v++) {
      const w = tokens[v]!;
      if (w.type !== 'word' || pack.reportedMoodForms.has(w.lower) || MAIN_CLAUSE_COORDINATORS.has(w.lower)) break;
      if (!starts.has(v)) continue;
      // (The cue's finite verb itself, not a companion fronted before it: "…, das er für kontraproduktiv hält".)
      const other = verbCuesOfSentence(doc, w.sentence).find((c) => c.tokenIds[0] === v);
      if (!other || other.passive || verbIndex(doc, other) !== v) break;
      // The finite verb in the indicative: not a participle before its auxiliary ("angeboten werden"), not a Konjunktiv I
      // ("man erwäge").
      const next = tokens[v + 1];
      const indicative = !pack.reportedCueForms.has(w.lower) && !(/[^t]e$/.test(w.lower)) && !(next && (pack.auxiliaries.has(next.lower) || pack.reportedMoodForms.has(next.lower)));
      if (indicative && (apposition > 0 || isSubjectField(tokens, [m, v], pack))) return k;
      break;
    }
  }
  return end;
}

/** First token ids of the document's verb cues (cached per document). */
function verbCueStarts(doc: WithCues): Set<number> {
  return indexVerbCues(doc).starts;
}

/** The verb cues of one sentence, in text order (cached per document). */
function verbCuesOfSentence(doc: WithCues, sentence: number): CueCandidate[] {
  return indexVerbCues(doc).bySentence.get(sentence) ?? [];
}

/** Whether the clause opening at `from` holds a cue of its own ("…, Pompeo said", "…, according to Reuters"). */
function holdsCue(doc: WithCues, from: number, sentence: Sentence): boolean {
  const to = clauseEnd(doc.tokens, from, sentence);
  const start = doc.tokens[from]!.start;
  // Cues are sorted by start: look at the first one at or after the clause start.
  const at = firstIndexWhere(doc.cues, (cue) => cue.cue.start >= start);
  const cue = doc.cues[at];
  return cue !== undefined && cue.tokenIds[0]! < to;
}

/**
 * Whether an earlier verb cue of the sentence opens it as a main clause with its subject before the verb
 * ("Der Minister räumte ein, …, bestätigte aber den Plan"): a verb-first clause after it shares that subject.
 */
function followsMainClauseCue(doc: WithCues, cue: CueCandidate, sentence: Sentence): boolean {
  const { tokens, pack } = doc;
  const first = cue.tokenIds[0]!;
  for (const other of verbCuesOfSentence(doc, sentence.index)) {
    if (other === cue || other.tokenIds[0]! >= first || pack.cueSubordinators.has(tokens[other.tokenIds[0]!]!.lower)) continue;
    const verb = verbIndex(doc, other);
    let from = clauseStart(tokens, verb, sentence);
    while (from < verb && isLeadingConjunction(tokens[from]!)) from++;
    if (from === sentence.tokenStart && verb > from && !pack.subordinators.has(tokens[from]!.lower) && isSubjectField(tokens, [from, verb], pack)) return true;
  }
  return false;
}

/**
 * Whether a dative addressee closes the clause after an inverted speaker ("…, sagte Staatsanwalt Jan Holzner der Welt am
 * Sonntag."): a phrase opened by an article that runs to the clause end or to a prepositional phrase.
 */
function addresseeCloses(doc: WithCues, from: number, end: number): boolean {
  const { tokens, pack } = doc;
  if (from >= end || !pack.nounsCapitalized || !pack.determiners.has(tokens[from]!.lower)) return false;
  const phrase = readSpeakerForward(tokens, from, end, pack);
  return phrase !== null && phrase[0] === from && (phrase[1] >= end || AFTER_VERB_PREPOSITIONS.has(tokens[phrase[1]]?.lower ?? ''));
}

/** The subject of a verb cue (used for a coordinated second verb). */
export function findSubject(doc: WithCues, cue: CueCandidate, sentence: Sentence): Range | null {
  const { tokens, pack } = doc;
  const verb = verbIndex(doc, cue);
  const cs = clauseStart(tokens, verb, sentence);
  let from = cs;
  while (from < verb && isLeadingConjunction(tokens[from]!)) from++;
  if (from < verb && isSubjectField(tokens, [from, verb], pack)) return trimRange(tokens, [from, verb]);
  // English: "Lavrov on Monday warned …" (a time phrase before the verb); never the object after the verb.
  if (!pack.nounsCapitalized && from < verb) {
    const tail = timeTailStart(doc, from, verb);
    return tail > from ? trimRange(tokens, [from, tail]) : null;
  }
  const ce = clauseEnd(tokens, cue.tokenIds[cue.tokenIds.length - 1]!, sentence);
  const after = speakerAfterVerb(doc, verb + 1, ce);
  // Only a plain name or noun right after the verb ("schloss sich Moskau …"): stop before a genitive.
  return after;
}

const COORDINATORS = new Set(['und', 'and']);

/**
 * The subject opening the clause of a verb coordinated by "und" at the end of [from, verb), followed by the first
 * conjunct's finite verb: "Zuschauer standen am Rand der Straße und forderten …" -> "Zuschauer".
 */
function sharedSubject(doc: WithCues, from: number, verb: number): Range | null {
  const { tokens, pack } = doc;
  const head = readSpeakerForward(tokens, from, verb - 1, pack);
  const next = head ? tokens[head[1]] : undefined;
  if (!head || head[0] !== from || head[1] >= verb - 1 || !next || next.type !== 'word' || isCapitalized(next)) return null;
  if (pack.determiners.has(next.lower) || pack.speakerStopWords.has(next.lower) && !pack.auxiliaries.has(next.lower)) return null;
  return pack.subjectPronouns.has(tokens[from]!.lower) || isCapitalized(tokens[from]) || pack.determiners.has(tokens[from]!.lower) ? head : null;
}

/** Subject after the finite verb: skips up to three adverbial words ("am Dienstag", "jedoch"). */
function speakerAfterVerb(doc: WithCues, from: number, limit: number): Range | null {
  const { tokens, pack } = doc;
  for (let k = from; k < Math.min(limit, from + 6); k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' && t.type !== 'quote') return null;
    if (AFTER_VERB_PREPOSITIONS.has(t.lower)) {
      // Skip a prepositional phrase ("sagte vor der Presse der Minister").
      const pp = readSpeakerForward(tokens, k + 1, limit, pack);
      if (pp) k = pp[1] - 1;
      continue;
    }
    const range = readSpeakerForward(tokens, k, limit, pack, true);
    if (range) return range;
  }
  return null;
}

/** A clause [from, to) opened by a non-content subordinator ("da", "weil", "wenn", "nachdem") and holding no reported mood. */
function adverbialClause(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  const first = tokens[from];
  if (!first || !ADVERBIAL_OPENERS.has(first.lower)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // The content clause of a cue inside the adverbial clause holds that cue's reported mood ("Als X sagte, dass … seien, …").
    if (t.text === ',' && pack.complementizers.has(tokens[k + 1]?.lower ?? '')) break;
    // (A form after an article is an adjective: "Während das reiche Saudi-Arabien …".)
    if (t.type === 'quote' || ((pack.reportedMoodForms.has(t.lower) || pack.continuationMoodForms.has(t.lower)) && !pack.determiners.has(tokens[k - 1]?.lower ?? ''))) return false;
  }
  return true;
}

/** Adverbial subordinators that are never prepositions ("seit", "während", "als" can be). */

const ADVERBIAL_CONJUNCTIONS = new Set(['nachdem', 'weil', 'obwohl', 'obgleich', 'sobald', 'falls', 'wenn', 'bevor', 'seitdem', 'da']);

/** Subordinators of adverbial clauses (cause, condition, time, concession): such a clause is not reported content. */
const ADVERBIAL_OPENERS = new Set(['da', 'weil', 'wenn', 'falls', 'nachdem', 'obwohl', 'obgleich', 'während', 'bevor', 'seit', 'seitdem', 'sobald', 'als', 'because', 'if', 'when', 'while', 'after', 'before', 'although', 'since']);

/** Whether the stretch [from, end) reads as reported content rather than an apposition: dass/ob, a quote, reported mood or a zu-infinitive. */
function opensOwnContent(doc: WithCues, from: number, end: number): boolean {
  const { tokens, pack } = doc;
  const first = tokens[from];
  if (!first || pack.complementizers.has(first.lower)) return true;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    const quote = doc.quoteByStart.get(k);
    if ((quote !== undefined && !doc.quotes[quote]!.short) || pack.reportedMoodForms.has(t.lower) || t.lower === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(t.text)) return true;
  }
  return false;
}

/** Whether the clause after a comma can be reported content: dass/ob/w-clause, reported mood, zu-infinitive, English clause. */
function opensContentClause(doc: WithCues, from: number, end: number, cue: CueCandidate): boolean {
  const { tokens, pack } = doc;
  const first = tokens[from];
  if (!first) return false;
  if (first.type === 'quote') return true;
  if (pack.complementizers.has(first.lower)) return true;
  // "kritisiert … Internetforen und Blogs, in denen die Persönlichkeitsrechte … „mit Füßen getreten“ wurden", "verwies auf
  // die Zusammenarbeit mit den Ländern, aus denen die meisten Einwanderer kämen": a relative clause on the object tells
  // what the object is, not what was said, unless it holds a Konjunktiv I of its own ("verwiesen auf die Verantwortung, die
  // man … wahrnehmen müsse").
  // (Nor when a content clause follows its comma: "…, der seit 44 Jahren Maschinen diesen Typs fliegt, die Propellermaschine
  // notzulanden".)
  if (pack.nounsCapitalized && opensObjectRelative(tokens, from, pack)) {
    const close = ownClauseEnd(tokens, from, end);
    if (!reportedInClause(doc, from, close) && !(tokens[close]?.text === ',' && close + 1 < end
      && !INFINITIVE_ADVERBIALS.has(tokens[close + 1]!.lower) && opensContentClause(doc, close + 1, end, cue))) return false;
  }
  // "…, nachdem er auf dem Radar nicht mehr zu sehen war": an adverbial clause in the indicative is no content, nor is a
  // clause with a source of its own ("verwies auf Studien, nach denen Homöopathie wirke").
  if (pack.nounsCapitalized && ADVERBIAL_CONJUNCTIONS.has(first.lower) && adverbialClause(doc, from, end)) return false;
  if (pack.nounsCapitalized && first.lower === 'nach' && RELATIVE_SOURCE_PRONOUNS.has(doc.tokens[from + 1]?.lower ?? '')) return false;
  // "bestritt diese Überlegungen, indem er sagte, …": a manner clause tells how; a cue in it reports its own content.
  if (pack.nounsCapitalized && MANNER_CONJUNCTIONS.has(first.lower)) return false;
  // "weist auf den … Wandel … hin, wie er früher nicht vorhergesehen werden konnte", "sieht, wie viele westliche Länder,
  // politische Gründe …": a comparison with a noun before the comma (a pronoun taking it up, or no verb before the next
  // comma) is no reported question, unless it holds a Konjunktiv I.
  if (pack.nounsCapitalized && first.lower === 'wie' && comparativeWie(doc, from, end)) return false;
  if (/^w(ie|as|er|arum|eshalb|ann|o|elche[rsmn]?)$/.test(first.lower) && pack.nounsCapitalized) return true;
  // "Die Vereinten Nationen bestätigten den Zwischenfall, teilten jedoch mit, es sei unklar, …": a clause opening with
  // the finite verb of a verb cue of its own continues the main clause with its subject elided; what follows reports
  // that verb, not the one before the comma.
  // (Not after a verb closing its clause, a subordinate one: "Wie Paech dazu feststellt, verlangt „…“"; not a verb with its
  // subject after it: "…, sprach die Nachrichtenagentur Reuters von …"; not a reflexive or infinitive: "…, sich … anzuschließen".)
  if (pack.nounsCapitalized && !isCapitalized(first) && verbCueStarts(doc).has(from) && first.lower !== 'sich'
    && !/^\p{Ll}+zu\p{Ll}+en$/u.test(first.lower) && tokens[from - 1]?.text === ',' && verbIndex(doc, cue) < from - 2 && !pack.auxiliaries.has(first.lower)) {
    const after = tokens[from + 1];
    if (after && after.type === 'word' && !isCapitalized(after) && !pack.determiners.has(after.lower) && !pack.subjectPronouns.has(after.lower)) return false;
  }
  // A saying verb takes almost any clause after its comma ("sagte in Rom, sehr wahrscheinlich handele es sich …"),
  // but not a relative or adverbial clause.
  // (So do warning and accusing in the active voice: "warnte er, die Organisatoren verfolgten ihre eigenen Ziele",
  // "hatten ihm vorgeworfen, er wollte sich bereichern"; not "werden vorgeworfen, darunter …".)
  if ((SAYING_VERBS.has(cue.lemma) || (ACTIVE_SAYING_VERBS.has(cue.lemma) && !cue.passive)) && pack.nounsCapitalized && !NON_CONTENT_OPENERS.has(first.lower)) {
    const second = tokens[from + 1];
    const relative = RELATIVE_WORDS.has(first.lower) && second !== undefined && !/^\p{Lu}/u.test(second.text) && !pack.determiners.has(second.lower);
    // "…, in denen die Persönlichkeitsrechte … getreten wurden", "…, in der er seine Angst schilderte": a preposition with a
    // relative pronoun (not an article before its noun: "…, in der Stadt sei …").
    const third = tokens[from + 2];
    const prepositional = PRONOUN_PREPOSITIONS.has(first.lower) && second !== undefined && (PREPOSITION_ONLY_RELATIVES.has(second.lower)
      || (RELATIVE_PRONOUNS.has(second.lower) && third !== undefined && third.type === 'word' && !isCapitalized(third) && !isAdjectiveLike(third, pack)));
    if (!relative && !prepositional) return true;
  }
  // "…, um ihre Gewinne zu schützen": a purpose or manner infinitive is no content clause.
  if (pack.nounsCapitalized && INFINITIVE_ADVERBIALS.has(first.lower)) return false;
  // "stufte das Gesetz als verfassungswidrig ein, und UNICEF rief Russland auf, …": a coordinated main clause is none either.
  if (pack.nounsCapitalized && (first.lower === 'und' || first.lower === 'aber' || first.lower === 'oder') && tokens[from + 1]?.lower !== 'zwar') return false;
  const stop = Math.min(end, from + 60);
  for (let k = from; k < stop; k++) {
    const t = tokens[k]!;
    if (k > from && (CLAUSE_PUNCT.has(t.text) && t.text !== ',')) break;
    if (pack.reportedMoodForms.has(t.lower) || pack.continuationMoodForms.has(t.lower)) return true;
    // "warnten davor, Hamish könnte ähnlich katastrophale Auswirkungen haben": a modal in Konjunktiv II right after a short
    // subject field is the reported mood of the clause.
    if (pack.nounsCapitalized && MODAL_SUBJUNCTIVES.has(t.lower) && k > from && k <= from + 6) return true;
    if (cue.speechAct || pack.cueWords.get(t.lower) === undefined) {
      if (t.lower === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(t.text) && t.text.length > 8) {
        if (cue.speechAct || cue.lemma.length > 0) return true;
      }
    }
  }
  return !pack.nounsCapitalized;
}

/**
 * Whether a relative clause on a noun opens at `from` after a comma: a relative pronoun before a lower-case word that is
 * no article ("…, die man … wahrnehmen müsse"; not "…, die Regierung habe …"), or a preposition with a relative pronoun
 * ("…, in denen …", "…, mit dem die Bevölkerung …"; not "…, in der Stadt …").
 */
function opensObjectRelative(tokens: Token[], from: number, pack: LanguagePack): boolean {
  const first = tokens[from];
  const second = tokens[from + 1];
  const third = tokens[from + 2];
  if (!first || !second || second.type !== 'word') return false;
  if (SUBJECT_RELATIVES.has(first.lower) && !isCapitalized(second) && !pack.determiners.has(second.lower) && !isAdjectiveLike(second, pack)) return true;
  return PRONOUN_PREPOSITIONS.has(first.lower) && (PREPOSITION_ONLY_RELATIVES.has(second.lower)
    || (RELATIVE_PRONOUNS.has(second.lower) && third !== undefined && third.type === 'word' && !isCapitalized(third) && !isAdjectiveLike(third, pack)));
}

/** Whether the clause opened by 'wie' at `from` compares (see opensContentClause). */
function comparativeWie(doc: WithCues, from: number, end: number): boolean {
  const { tokens, pack } = doc;
  const close = ownClauseEnd(tokens, from, end);
  if (reportedInClause(doc, from + 1, close)) return false;
  // (A verb closing the clause in -e that is no preterite may be a Konjunktiv I the pack does not list: "wie er die Lage einschätze".)
  let last = close - 1;
  while (last > from && tokens[last]!.type !== 'word') last--;
  const final = tokens[last]!.lower;
  if (COMPARED_PRONOUNS.has(tokens[from + 1]?.lower ?? '')) return !(final.endsWith('e') && !final.endsWith('te') && final !== 'wurde');
  // No lower-case word but articles, quantifiers and adjectives before the comma ("wie viele westliche Länder,").
  if (tokens[close]?.text !== ',') return false;
  for (let k = from + 1; k < close; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') return false;
    if (!isCapitalized(t) && !pack.determiners.has(t.lower) && !QUANTIFIERS.has(t.lower) && !isAdjectiveLike(t, pack)) return false;
  }
  return close > from + 1;
}

/** Personal pronouns that take up the noun a comparison refers to ("… Wandel …, wie er …"). */
const COMPARED_PRONOUNS = new Set(['er', 'sie', 'es']);
const QUANTIFIERS = new Set(['viele', 'einige', 'manche', 'alle', 'andere', 'zahlreiche', 'mehrere', 'wenige']);

/** The end of the clause opened at `from`: its next clause mark, or `end`. */
function ownClauseEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (CLAUSE_PUNCT.has(tokens[k]!.text) || TERMINAL_PUNCT.has(tokens[k]!.text)) return k;
  return end;
}

/**
 * Whether [from, to) holds a Konjunktiv I (a reported-mood form that is no Konjunktiv II) or closes with a zu-infinitive
 * ("…, der vor zweieinhalb Jahren angestrengten Klage … stattzugeben": an article, no relative pronoun).
 */
function reportedInClause(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  for (let k = from; k < to; k++) if (pack.reportedMoodForms.has(tokens[k]!.lower) && !KONJUNKTIV_TWO_FORMS.has(tokens[k]!.lower)) return true;
  let last = to - 1;
  while (last > from && tokens[last]!.type !== 'word') last--;
  const verb = tokens[last]!;
  return (tokens[last - 1]?.lower === 'zu' && /en$/.test(verb.lower)) || (/^\p{Ll}+zu\p{Ll}+en$/u.test(verb.text) && verb.text.length > 8);
}

/**
 * Whether an English speech-act cue is followed right away by a bare lower-case word that is its object ("condemns move",
 * "rejects findings"), not a time word, an adverb or the addressee ("warned again", "said Monday", "told reporters").
 */
function bareActObject(doc: WithCues, cue: CueCandidate, after: number, end: number): boolean {
  const { tokens, pack } = doc;
  if (pack.nounsCapitalized || !cue.speechAct || after >= end) return false;
  const t = tokens[after]!;
  if (t.type !== 'word' || isCapitalized(t) || t.lower.endsWith('ly') || pack.speakerStopWords.has(t.lower)) return false;
  const words = getSpeakerPack(doc.language);
  return !words.adverbs.has(t.lower) && !words.trailingParticles.has(t.lower) && !words.timeWords.has(t.lower) && !pack.subjectPronouns.has(t.lower);
}

/** Konjunktiv II forms among the reported-mood forms: a condition or wish as often as reported speech. */
const KONJUNKTIV_TWO_FORMS = new Set([
  'hätte', 'hätten', 'wäre', 'wären', 'könnten', 'müssten', 'dürften', 'kämen', 'käme', 'gäbe', 'stünde', 'stünden',
  'bräuchte', 'ließe', 'ließen', 'brächte', 'brächten', 'böte', 'böten', 'läge', 'lägen', 'fände', 'fänden', 'wüsste', 'wüssten',
  'bekäme', 'bekämen', 'befände', 'befänden', 'gälte', 'hieße',
]);

/** A word that opens no clause of its own: neither an auxiliary nor a complementizer (inside a source phrase). */
function clauselessWord(token: Token, pack: WithCues['pack']): boolean {
  return token.type === 'word' && !pack.auxiliaries.has(token.lower) && !pack.complementizers.has(token.lower);
}

function attributePreposition(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens, pack } = doc;
  const first = cue.tokenIds[0]!;
  const last = cue.tokenIds[cue.tokenIds.length - 1]!;
  const end = contentEnd(tokens, sentence);
  // "Gerüchte, nach denen Barrett an Krebs litt": the relative pronoun is the source, its clause the content.
  const pronoun = tokens[last + 1];
  if (cue.speakerSide === 'after' && first > sentence.tokenStart && tokens[first - 1]!.text === ',' && pronoun && RELATIVE_SOURCE_PRONOUNS.has(pronoun.lower)) {
    return draft(doc, cue, [last + 2, nextComma(tokens, last + 2, end, pack)], [last + 1, last + 2]);
  }
  let speaker = cue.speakerSide === 'before'
    ? sourceNounPhrase(doc, readSpeakerBackward(tokens, first, sentence.tokenStart, pack)) ?? dativePronounBefore(doc, first, sentence)
    : readSpeakerForward(tokens, last + 1, end, pack) ?? lowerCaseName(doc, last + 1, end);
  // English "…, according to state television.": a source without article closing the sentence.
  if (!speaker && !pack.nounsCapitalized && cue.speakerSide === 'after' && first > sentence.tokenStart + 1 && tokens[first - 1]!.text === ','
    && end > last + 1 && end - last - 1 <= 6 && tokens.slice(last + 1, end).every((t) => clauselessWord(t, pack))) {
    speaker = [last + 1, end];
  }
  // English "According to government figures, more than 20,000 people crossed …": a source without article opening the
  // sentence runs to its comma.
  if (!speaker && !pack.nounsCapitalized && cue.speakerSide === 'after' && first === sentence.tokenStart) {
    let comma = last + 1;
    while (comma < end && tokens[comma]!.type === 'word') comma++;
    if (comma < end && comma - last - 1 >= 1 && comma - last - 1 <= 4 && tokens[comma]!.text === ','
      && tokens.slice(last + 1, comma).every((t) => clauselessWord(t, pack) && !pack.subjectPronouns.has(t.lower))) {
      speaker = [last + 1, comma];
    }
  }
  // "…, according to a study published on Monday in the journal Nature Medicine.": phrases of time and place closing
  // the sentence after a source that closes the clause after a comma belong to the source.
  if (speaker && !pack.nounsCapitalized && cue.speakerSide === 'after' && first > sentence.tokenStart + 1 && tokens[first - 1]!.text === ','
    && speaker[1] < end && end - speaker[1] <= 10 && getSpeakerPack(doc.language).adverbialOpeners.has(tokens[speaker[1]]!.lower)
    && tokens.slice(speaker[1], end).every((t) => clauselessWord(t, pack)
      && !pack.subjectPronouns.has(t.lower) && !(pack.cueWords.has(t.lower) && !isCapitalized(t)))) {
    speaker = [speaker[0], end];
  }
  // "The company raised prices, citing higher costs": a reason, no source.
  if (speaker && pack.sourceOnlyCues?.has(cue.lemma) && !namesSource(doc, speaker)) return null;
  // Content: from the clause holding the cue (after the last comma before it) to the sentence end,
  // without the attribution when it opens or closes that stretch.
  const attributionStart = Math.min(first, speaker?.[0] ?? first);
  let attributionEnd = Math.max(last + 1, speaker?.[1] ?? last + 1);
  let from = sentence.tokenStart;
  for (let k = attributionStart - 1; k > sentence.tokenStart; k--) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';' || tokens[k]!.text === ':') { from = k + 1; break; }
  }
  // "Der Vorstandschef der Porsche AG, Wendelin Wiedeking, hat sich nach … gewandt", "Nachdem …, geht es ihm laut … gut":
  // a clause opening with its finite verb after the comma has its field before the comma (a subject with apposition,
  // a fronted adverbial clause); the whole sentence is the content.
  if (from > sentence.tokenStart && from < attributionStart && tokens[from - 1]!.text === ',' && opensMainClause(tokens, from, pack)
    && !pack.reportedMoodForms.has(tokens[from]!.lower) && isFieldBeforeVerb(tokens, sentence.tokenStart, from - 1, pack)) {
    from = sentence.tokenStart;
  }
  // "The talks failed, according to Reuters.", "…, according to Peskov, the Kremlin spokesman.": a source closing the
  // sentence after a comma (with an apposition running to the end) reports the clause before it.
  if (attributionStart === from && from > sentence.tokenStart + 1 && tokens[from - 1]!.text === ','
    && tokens.slice(sentence.tokenStart, from - 1).some((t) => t.type === 'word')
    && (attributionEnd >= end || (!pack.nounsCapitalized && tokens[attributionEnd]?.text === ',' && closingApposition(doc, attributionEnd + 1, end)))) {
    return draft(doc, cue, [sentence.tokenStart, from - 1], speaker);
  }
  if (attributionStart === from) {
    // "Laut dem Bericht, der sich auf Daten der Bank beruft, leben …": a relative clause on the source belongs to it.
    if (tokens[attributionEnd]?.text === ',' && opensRelativeClause(tokens, attributionEnd + 1, pack)) {
      const close = nextComma(tokens, attributionEnd + 1, end, pack);
      if (close < end) attributionEnd = close;
    }
    if (tokens[attributionEnd]?.text === ',') attributionEnd++;
    from = attributionEnd;
    // "Nach Angaben von X, Professor am Caltech, könnte …", "Nach Angaben der Polizei gegenüber dem Kurier ist …": what
    // is left of the field before the finite verb (an apposition, the addressee) belongs to the attribution.
    if (attributionStart === sentence.tokenStart || isLeadingConjunction(tokens[sentence.tokenStart]!)) from = finiteVerbAfterField(tokens, from, end, pack);
  }
  let to = end;
  if (attributionEnd >= end) to = attributionStart;
  // "Der Kutter, auf dem sich nach Angaben der Polizei 300.000 Dollar befunden haben sollen, ist gekentert": a cue inside a
  // relative or adverbial clause reports that clause only, not the main clause going on after its comma.
  else if (from > sentence.tokenStart && tokens[from - 1]!.text === ',' && from < attributionStart
    && (opensRelativeClause(tokens, from, pack) || CLAUSE_SUBORDINATORS.has(tokens[from]!.lower))) {
    to = nextComma(tokens, attributionEnd, end, pack);
  }
  // "eine Reichweite von 100, nach anderen Angaben 110 Kilometern": an alternative value after a comma (a number and its
  // unit, no verb) is part of the author's sentence, no claim.
  if (attributionStart > sentence.tokenStart && tokens[attributionStart - 1]!.text === ',' && to - from <= 3 && to > from
    && (/^\d/.test(tokens[from]!.text) || NUMERAL_WORDS.has(tokens[from]!.lower))
    && tokens.slice(from + 1, to).every((t) => t.type === 'word' && isCapitalized(t))) return null;
  const quoted = quoteStartingAt(doc, from);
  if (quoted && quoted.quote.tokenEnd >= to) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker);
  return draft(doc, cue, [from, to], speaker);
}

/**
 * Whether [from, end) is a short noun phrase closing the sentence, an apposition to a source before it ("the Kremlin
 * spokesman"): an article or capitalized word first, at most eight words, no auxiliary, cue word or complementizer.
 */
function closingApposition(doc: WithCues, from: number, end: number): boolean {
  const { tokens, pack } = doc;
  if (from >= end || end - from > 8) return false;
  const first = tokens[from]!;
  if (!(pack.determiners.has(first.lower) || isCapitalized(first))) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote' || (t.type === 'punct' && t.text !== '-')) return false;
    if (pack.auxiliaries.has(t.lower) || pack.complementizers.has(t.lower) || (pack.cueWords.has(t.lower) && !isCapitalized(t))) return false;
  }
  return true;
}

/** Numerals written as words ("neun Stunden"). */
const NUMERAL_WORDS = new Set(['ein', 'eine', 'einen', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf',
  'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'hundert', 'tausend', 'mehrere', 'einige', 'etwa', 'rund', 'knapp', 'über', 'fast']);


/**
 * The finite verb closing the field before it that a sentence-opening attribution leaves ("…, Professor am Caltech,
 * könnte", "… gegenüber dem Kurier ist"), or `from` itself when the verb does not follow within a short phrase
 * or one inserted stretch between commas.
 */
function finiteVerbAfterField(tokens: Token[], from: number, end: number, pack: WithCues['pack']): number {
  const finite = (k: number): boolean => {
    const t = tokens[k]!;
    if (t.type !== 'word' || isCapitalized(t)) return false;
    if (isKnownFiniteForm(t.lower, pack)) return true;
    return opensMainClause(tokens, k, pack) && !isAdjectiveLike(t, pack);
  };
  if (from >= end || finite(from)) return from;
  let commas = 0;
  for (let k = from; k < Math.min(end, from + 12); k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      // One inserted stretch closed by a comma right before the verb ("…, Professor am Caltech, könnte").
      if (++commas > 1 || k === from) return from;
      if (k + 1 < end && finite(k + 1) && tokens[from - 1]?.text === ',') return k + 1;
      continue;
    }
    if (commas === 0 && k > from && finite(k)) {
      // A short phrase of the attribution: a preposition with its noun phrase or a name ("gegenüber dem Kurier ist").
      const phrase = tokens.slice(from, k);
      if (phrase.every((u) => u.type !== 'word' || isCapitalized(u) || pack.determiners.has(u.lower) || PHRASE_PREPOSITIONS.has(u.lower) || isAdjectiveLike(u, pack))
        && PHRASE_PREPOSITIONS.has(tokens[from]!.lower)) return k;
      return from;
    }
  }
  return from;
}

/**
 * The comma closing an apposition or phrase that starts at `from` right after the comma following a noun or name (or
 * a closing quote mark): "einem Boulevardblatt", "Deftalgne Tessema", "gegenüber der BBC", "das auch die … verlegende
 * Medienhaus Lensing" (no verb, up to ten tokens); -1 when there is none.
 */
function appositionAfterNoun(doc: WithCues, from: number, end: number): number {
  const { tokens, pack } = doc;
  const before = tokens[from - 2];
  if (tokens[from - 1]?.text !== ',' || !before || !(isCapitalized(before) || before.type === 'quote')) return -1;
  const first = tokens[from];
  if (!first || !(isCapitalized(first) || pack.determiners.has(first.lower) || first.lower === 'gegenüber')) return -1;
  for (let k = from; k < Math.min(end, from + 14); k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > from && isCapitalized(tokens[k - 1]) || tokens[k - 1]!.type === 'quote' ? k : -1;
    if (t.type === 'quote' || t.text === '(' || t.text === ')' || isCapitalized(t) || pack.determiners.has(t.lower) || PHRASE_PREPOSITIONS.has(t.lower)) continue;
    if (t.lower === 'auch' || (isAdjectiveLike(t, pack) && !pack.reportedMoodForms.has(t.lower))) continue;
    return -1;
  }
  return -1;
}

/** Prepositions of a phrase left over after a source ("gegenüber dem Kurier", "in der Zeitung"). */
const PHRASE_PREPOSITIONS = new Set(['gegenüber', 'in', 'im', 'vom', 'von', 'auf', 'bei', 'beim', 'aus', 'der', 'des']);

/**
 * Whether the stretch before a comma is the field before the verb of the clause after it: an adverbial clause ("Nachdem
 * …", "Weil …") or a phrase whose first part holds no finite verb ("Der Vorstandschef der Porsche AG, Wendelin
 * Wiedeking", "Das Gesetz, das … dienen soll"), not a main clause of its own ("Der Absturz wird am Freitag erwartet").
 */
function isFieldBeforeVerb(tokens: Token[], from: number, comma: number, pack: WithCues['pack']): boolean {
  if (CLAUSE_SUBORDINATORS.has(tokens[from]!.lower)) return true;
  for (let k = from; k < comma && tokens[k]!.text !== ','; k++) {
    const t = tokens[k]!;
    if (pack.auxiliaries.has(t.lower) || FIELD_COPULAS.has(t.lower) || pack.reportedMoodForms.has(t.lower) || FINITE_IRREGULAR.has(t.lower)) return false;
  }
  return true;
}


/**
 * A source read backward from a postposed cue starts at its source noun with the article and adjectives before it
 * ("den jüngsten Schätzungen zufolge"), not at the words of the clause before ("nimmt die Organisation Schätzungen
 * zufolge …", "Auch al-Qaida-Gruppen gewinnen Medienberichten zufolge …").
 */
function sourceNounPhrase(doc: WithCues, range: Range | null): Range | null {
  if (!range) return range;
  const { tokens, pack } = doc;
  let noun = -1;
  for (let k = range[1] - 1; k > range[0]; k--) if (isSourceNoun(tokens[k], pack) && !isSourceNoun(tokens[k - 1], pack)) { noun = k; break; }
  if (noun < 0) return range;
  let k = noun - 1;
  while (k >= range[0] && isAdjectiveLike(tokens[k], pack)) k--;
  if (k < range[0]) return range;
  return pack.determiners.has(tokens[k]!.lower) ? [k, range[1]] : [noun, range[1]];
}

/** Prepositions that can open a relative clause ("auf dem", "unter denen"). */
const RELATIVE_PREPOSITIONS = new Set(['in', 'auf', 'an', 'bei', 'mit', 'von', 'aus', 'nach', 'unter', 'über', 'für', 'gegen', 'durch', 'zu', 'vor', 'hinter', 'neben', 'zwischen', 'um', 'wegen', 'seit']);
/** Finite auxiliaries in Konjunktiv II of haben and sein: a cue they carry is reported (Konjunktiv I 'habe'/'sei' was tried: dev cue -0.2). */
const SUBJUNCTIVE_AUXILIARIES = new Set(['hätte', 'hätten', 'wäre', 'wären']);
/** Conjunctions of a manner clause ("…, indem er sagte, …"): no content of the cue before it. */
const MANNER_CONJUNCTIONS = new Set(['indem']);
/** Subordinators of adverbial and content clauses that close with their verb. */
const CLAUSE_SUBORDINATORS = new Set(['weil', 'da', 'obwohl', 'nachdem', 'wenn', 'als', 'während', 'bevor', 'seit', 'seitdem', 'sobald', 'falls', 'dass', 'daß', 'ob', 'wobei', 'wodurch', 'womit', 'wonach', 'worauf', 'indem', 'sodass']);

/** Whether a relative clause opens at token k: "die die Bombe …", "auf dem sich …", "unter denen …" (not "die Polizei", "in dem Bericht"). */
/** Relative pronouns that may be the subject of their clause (nominative). */
const SUBJECT_RELATIVES = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']);

function opensRelativeClause(tokens: Token[], k: number, pack: WithCues['pack']): boolean {
  let at = k;
  if (RELATIVE_PREPOSITIONS.has(tokens[at]?.lower ?? '')) at++;
  const pronoun = tokens[at];
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.lower)) return false;
  if (pronoun.lower === 'denen' || pronoun.lower === 'dessen' || pronoun.lower === 'deren' || pronoun.lower.startsWith('welch')) return true;
  const next = tokens[at + 1];
  if (!next || next.type !== 'word' || isCapitalized(next)) return false;
  // "das die Dortmunder „Ruhr Nachrichten“ verlegende Medienhaus": an article before an extended attribute and its noun.
  if (opensAttributedNoun(tokens, at + 1, pack)) return false;
  // "der amtierende Minister" is an apposition; "die die Bombe …", "der wegen …" a relative clause.
  const plain = !pack.determiners.has(next.lower);
  if (!(plain && isAdjectiveLike(next, pack) && (isCapitalized(tokens[at + 2]) || isAdjectiveLike(tokens[at + 2], pack)))) return true;
  // "der konkrete Fälle auflistet" ends with its verb; "der amtierende Minister" is a noun phrase, and
  // "die bestehenden Gesetze seien ausreichend" a clause with its verb second.
  let last = at + 2;
  while (last + 1 < tokens.length && tokens[last + 1]!.type === 'word' && tokens[last + 1]!.sentence === pronoun.sentence) last++;
  for (let k = at + 3; k < last; k++) if (pack.reportedMoodForms.has(tokens[k]!.lower) || pack.auxiliaries.has(tokens[k]!.lower)) return false;
  return last > at + 2 && !isCapitalized(tokens[last]);
}

/**
 * The comma or semicolon at or after `from` (before `end`) that closes a verb-final clause, or `end`: the comma must follow
 * a lower-case word (the verb) and not open a clause depending on it ("…, wenn …", "…, um … zu"); "der Planung, Finanzierung"
 * is a list.
 */
function nextComma(tokens: Token[], from: number, end: number, pack: WithCues['pack']): number {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return k;
    if (t.text !== ',') continue;
    const before = tokens[k - 1]!;
    if (before.type !== 'word' || isCapitalized(before)) continue;
    if (opensMainClause(tokens, k + 1, pack)) return k;
  }
  return end;
}

/**
 * Whether a main clause goes on at token k after the comma closing a verb-final clause: it opens with its finite verb
 * ("…, ist gekentert", "…, stellt sich die Partei …", "…, könnte es eng werden"), a lower-case word that is no
 * function word, not the start of a zu-infinitive ("…, mehr Ausrüstung zu hinterlassen").
 */
function opensMainClause(tokens: Token[], k: number, pack: WithCues['pack']): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word' || isCapitalized(t) || pack.determiners.has(t.lower) || NON_VERBS.has(t.lower)) return false;
  if (CLAUSE_SUBORDINATORS.has(t.lower) || DEPENDENT_OPENERS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower)) return false;
  if (!/(?:t|te|ten|en|e|st)$/.test(t.lower) && !pack.auxiliaries.has(t.lower) && !FINITE_IRREGULAR.has(t.lower)) return false;
  for (let m = k + 1; m < tokens.length && m < k + 30; m++) {
    const u = tokens[m]!;
    if (u.text === ',' || TERMINAL_PUNCT.has(u.text) || u.sentence !== t.sentence) break;
    if (u.lower === 'zu') return false;
  }
  return true;
}

/**
 * The comma at which the cue's own main clause goes on after its content clause, or `end`: "Saddam hatte erklärt, er sei
 * unschuldig, erkannte die Autorität des Gerichtes nicht an": a clause opening with a finite verb in the indicative (not
 * the reported mood) and its subject elided continues the clause of the cue, it is no longer reported.
 */
function mainClauseResumes(tokens: Token[], from: number, end: number, pack: WithCues['pack']): number {
  if (!pack.nounsCapitalized) return end;
  // The content clause is complete before the comma: a dass/ob clause, a zu-infinitive or a clause in the reported mood
  // ("Bürger, die …, sind nicht mehr souverän" has its verb only after the relative clause).
  let complete = pack.complementizers.has(tokens[from]!.lower);
  for (let k = from + 1; k < end - 2; k++) {
    const previous = tokens[k - 1]!.lower;
    complete ||= pack.reportedMoodForms.has(previous) || MODAL_SUBJUNCTIVES.has(previous) || previous === 'zu';
    if (!complete) continue;
    // "sagte Köhler, sie müssten … aufgeben und bemühte hier das Bild …": a verb in the past indicative after "und".
    if (tokens[k]!.lower === 'und' && tokens[k - 1]!.type === 'word' && isPastIndicative(tokens[k + 1]!, pack)
      && tokens[k + 2]!.type === 'word' && !isCapitalized(tokens[k + 2]) && tokens[k + 2]!.sentence === tokens[k]!.sentence) return k;
    if (tokens[k]!.text !== ',') continue;
    const before = tokens[k - 1]!;
    const verb = tokens[k + 1]!;
    if (before.type !== 'word' || isCapitalized(before)) continue;
    if (pack.reportedMoodForms.has(verb.lower) || pack.continuationMoodForms.has(verb.lower)) continue;
    if (!opensMainClause(tokens, k + 1, pack)) continue;
    // A verb-first clause has more after its verb ("…, erkannte die Autorität … an"); a verb closing a clause
    // after an inserted one does not ("dass der Mann, der verletzt wurde, starb").
    const after = tokens[k + 2]!;
    if (after.type !== 'word' || after.sentence !== verb.sentence || RESUMING_NON_VERBS.has(verb.lower)) continue;
    // "…, bestimmten Schülern den Zugang …", "…, rechtliche Schritte …": an adjective before its noun.
    if (isAdjectiveLike(verb, pack) && isCapitalized(after)) continue;
    return k;
  }
  return end;
}


/** A preterite form in the indicative ("bemühte", "weigerte"): a lower-case word ending in -te that is no subjunctive or adjective. */
function isPastIndicative(t: Token, pack: WithCues['pack']): boolean {
  if (t.type !== 'word' || isCapitalized(t) || !/\p{Ll}{3,}te$/u.test(t.text)) return false;
  return !pack.reportedMoodForms.has(t.lower) && !MODAL_SUBJUNCTIVES.has(t.lower) && !pack.determiners.has(t.lower) && !NON_VERBS.has(t.lower)
    && !RESUMING_NON_VERBS.has(t.lower) && !pack.speakerStopWords.has(t.lower);
}

/** Adverbs and conjunctions that end like a verb: "…, gerade unter dem Gesichtspunkt …", "…, solange …". */
const RESUMING_NON_VERBS = new Set(['gerade', 'solange', 'damit', 'sofern', 'soweit', 'zumal', 'bevor', 'ehe', 'seitdem', 'indem', 'weiter', 'ferner', 'erste', 'letzte', 'beste']);

/** Lower-case words that are not finite verbs: pronouns, prepositions, adverbs, particles. */
const NON_VERBS = new Set([
  ...PERSONAL_PRONOUNS_DE, 'jeder', 'jede', 'jedes',
  'in', 'im', 'auf', 'an', 'am', 'bei', 'beim', 'mit', 'von', 'vom', 'aus', 'nach', 'unter', 'über', 'für', 'gegen', 'durch', 'zu', 'zum', 'zur',
  'vor', 'hinter', 'neben', 'zwischen', 'wegen', 'seit', 'trotz', 'laut', 'gemäß', 'bis', 'ab', 'ohne',
  'bzw', 'etwa', 'rund', 'mehr', 'weniger', 'nur', 'auch', 'noch', 'schon', 'bereits', 'nun', 'jetzt', 'dann', 'dort', 'hier', 'so', 'wie',
  'nicht', 'kein', 'keine', 'sogar', 'zumindest', 'jedoch', 'allerdings', 'insbesondere', 'vor allem', 'darunter', 'davon', 'dabei',
  'speziell', 'vielmehr', 'eher', 'fast', 'knapp', 'gut', 'meist', 'oft', 'immer', 'einmal', 'zweimal', 'heute', 'gestern', 'morgen',
  'insgesamt', 'zusammen', 'selbst', 'selber', 'ebenfalls', 'ebenso', 'zudem', 'außerdem', 'denn', 'doch', 'ja', 'nein',
]);

/** Words opening a clause or phrase that depends on the clause before the comma. */
const DEPENDENT_OPENERS = new Set(['um', 'ohne', 'statt', 'anstatt', 'und', 'oder', 'sondern', 'aber', 'sowie', 'wie']);

/** A name written lower-case right after the cue: "laut taz". */
function lowerCaseName(doc: WithCues, k: number, end: number): Range | null {
  const t = doc.tokens[k];
  if (!t || k >= end || t.type !== 'word' || /\d/.test(t.text) || t.text.length < 3 || t.text !== t.lower) return null;
  const { pack } = doc;
  if (pack.speakerStopWords.has(t.lower) || pack.determiners.has(t.lower) || pack.subjectPronouns.has(t.lower) || isAdjectiveLike(t, pack) || pack.cueWords.has(t.lower)) return null;
  return [k, k + 1];
}

/** A dative pronoun right before a postposed cue is its source: "Ihnen zufolge", "ihm zufolge". */
function dativePronounBefore(doc: WithCues, first: number, sentence: Sentence): Range | null {
  const before = doc.tokens[first - 1];
  return before && first - 1 >= sentence.tokenStart && DATIVE_PRONOUNS.has(before.lower) ? [first - 1, first] : null;
}
const DATIVE_PRONOUNS = new Set(['ihm', 'ihr', 'ihnen', 'mir', 'uns']);

function attributeSo(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens, pack } = doc;
  const so = cue.tokenIds[0]!;
  const end = contentEnd(tokens, sentence);
  let from = cue.tokenIds[cue.tokenIds.length - 1]! + 1;
  // ", so betont auch die ermittelnde Polizei,": with its verb, adverbs may stand before the subject ("so auch X" alone
  // is "likewise X", no attribution: that has no verb in the cue).
  if (cue.tokenIds.length > 1) while (from < sentence.tokenEnd - 1 && SO_VERB_ADVERBS.has(tokens[from]!.lower)) from++;
  let speaker = readSpeakerForward(tokens, from, sentence.tokenEnd, pack);
  if (!speaker) return null;
  // "Sein Gegner, so der Senator, erhalte Spenden …": the speaker ends at its comma unless an apposition closes the sentence.
  for (let k = from + 1; k < speaker[1]; k++) {
    if (tokens[k]!.text === ',' && !isAppositionTail(doc, k + 1, end)) { speaker = [speaker[0], k]; break; }
  }
  const afterSpeaker = speaker[1];
  const comma = so - 1;
  // Parenthetical ", so glaubt Esper," inside the sentence: content is the whole sentence around it.
  // (Words may follow the speaker before the closing comma: ", so Obama weiter,", ", so der Minister im Fernsehen,".)
  let close = afterSpeaker;
  while (close < end && close - afterSpeaker < 6 && tokens[close]!.type === 'word') close++;
  // (Not an apposition closing the sentence: "…, so Frank Karl, Leiter der Abteilung bei der FES.": the rest must go on
  // with a verb.)
  if (tokens[close]?.text === ',' && close + 1 < end && !isAppositionTail(doc, close + 1, end)) {
    return draft(doc, cue, [sentence.tokenStart, end], speaker);
  }
  // "Zwar sei es ein wichtiger Schritt – so Canny –, trotzdem sei …": the same between dashes.
  if (DASHES.has(tokens[comma]?.text ?? '') && DASHES.has(tokens[close]?.text ?? '') && close + 2 < end) {
    let opens = sentence.tokenStart;
    for (let k = comma - 1; k > sentence.tokenStart; k--) if (tokens[k]!.text === ':' || tokens[k]!.text === ';') { opens = k + 1; break; }
    return draft(doc, cue, [opens, end], speaker);
  }
  const preceding = quoteEndingBefore(doc, comma) ?? quoteEndingBefore(doc, so);
  // (A quote closing a sentence the author's words opened reports the whole sentence: "Das Gros handhabe ihn „maßvoll“, so X".)
  // (What a colon or semicolon opens is the content: "…, doch die Richterin blieb hart: Eine Strafe sei nötig, so Bader".)
  let opens = sentence.tokenStart;
  for (let k = comma - 1; k > sentence.tokenStart; k--) if ((tokens[k]!.text === ':' || tokens[k]!.text === ';') && !doc.quoteByEnd.has(k)) { opens = k + 1; break; }
  if (preceding && preceding.quote.tokenStart <= opens) return draft(doc, cue, [preceding.quote.tokenStart, preceding.quote.tokenEnd], speaker);
  return draft(doc, cue, [opens, comma], speaker);
}

/** Adverbs between 'so' with its verb and the subject (", so betont auch die Polizei,", ", so sagte gestern der Minister,"). */
const SO_VERB_ADVERBS = new Set(['auch', 'ebenfalls', 'zudem', 'außerdem', 'etwa', 'jedenfalls', 'zumindest', 'dagegen', 'hingegen', 'wiederum',
  'weiter', 'nun', 'jetzt', 'heute', 'gestern', 'damals', 'bereits', 'schon', 'selbst', 'sogar']);

/** Whether [from, end) is a noun phrase standing alone: an apposition closing the sentence ("…, Leiter der Abteilung bei der FES"). */
function isAppositionTail(doc: WithCues, from: number, end: number): boolean {
  const { tokens, pack } = doc;
  const first = tokens[from];
  if (!first || first.type !== 'word' || !(isCapitalized(first) || pack.determiners.has(first.lower))) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote') return false;
    if (t.type !== 'word') { if (t.text === '(' || t.text === ')' || t.text === '-') continue; return false; }
    if (isCapitalized(t) || pack.determiners.has(t.lower) || APPOSITION_WORDS.has(t.lower) || /^\d/.test(t.text)) continue;
    if (isAdjectiveLike(t, pack) && isCapitalized(tokens[k + 1])) continue;
    return false;
  }
  return true;
}

/** Lower-case words inside a noun phrase: prepositions and conjunctions of titles ("Leiter der Abteilung für …"). */
const APPOSITION_WORDS = new Set(['von', 'vom', 'für', 'bei', 'beim', 'im', 'in', 'am', 'an', 'aus', 'und', 'zur', 'zum', 'of', 'de', 'van']);

function attributeImpersonal(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens, pack } = doc;
  const first = cue.tokenIds[0]!;
  const last = cue.tokenIds[cue.tokenIds.length - 1]!;
  const end = contentEnd(tokens, sentence);
  const cs = clauseStart(tokens, first, sentence);
  const ce = clauseEnd(tokens, last, sentence);
  // Source in a prepositional phrase: "In dem Antrag heißt es", "heißt es in einer Mitteilung der Polizei".
  let speaker = sourcePhrase(doc, cs, ce, cue);
  // "Im letzten Satz der Anordnung, die …, heißt es": the source opens the sentence.
  // (Not inside a quote right before the cue: "„… im Gebet …“, heißt es in einer gestern verbreiteten Erklärung".)
  const own = speaker;
  if (!speaker && cs > sentence.tokenStart && !(tokens[cs - 1]!.text === ',' && quoteEndingBefore(doc, cs - 1))) {
    speaker = sourcePhrase(doc, sentence.tokenStart, cs - 1, cue);
  }
  let next = tokens[ce];
  let after = ce + 1;
  // "…, heißt es in dem Bericht, der konkrete Fälle auflistet.": a relative clause on the source is no content.
  if (next?.text === ',' && opensRelativeClause(tokens, after, pack)) {
    const close = nextComma(tokens, after, end, pack);
    next = close < end ? tokens[close] : undefined;
    after = close + 1;
  }
  // (Not a list that goes on after the comma: "„…“, heißt es in dem LSVD-Schreiben an Staatsanwaltschaft, Polizei und Veranstalter.")
  const list = next?.text === ',' && verblessPhrase(doc, after, end);
  if (next && (next.text === ',' || next.text === ':') && after < end && !list) return draft(doc, cue, [after, mainClauseResumes(tokens, after, end, pack)], speaker);
  if (next && next.type === 'quote') {
    const quoted = quoteStartingAt(doc, ce);
    if (quoted) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker);
  }
  if (cs > sentence.tokenStart && tokens[cs - 1]!.text === ',') {
    const preceding = quoteEndingBefore(doc, cs - 1);
    if (preceding) return draft(doc, cue, [preceding.quote.tokenStart, preceding.quote.tokenEnd], speaker);
    // The stretch before the comma is the content, so no source is read in it: "Drei Viertel dieser Todesfälle entfallen
    // auf Südasien und Schwarzafrika, heißt es."
    return draft(doc, cue, [sentence.tokenStart, cs - 1], own);
  }
  const preceding = quoteEndingBefore(doc, cs);
  if (preceding) return draft(doc, cue, [preceding.quote.tokenStart, preceding.quote.tokenEnd], speaker);
  return null;
}

function attributeDemnach(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens, pack } = doc;
  const first = cue.tokenIds[0]!;
  const end = contentEnd(tokens, sentence);
  if (cue.speakerSide === 'before') {
    // "ein Bericht, wonach …": the phrase before the comma is the source.
    const comma = first - 1;
    const speaker = comma > sentence.tokenStart && tokens[comma]!.text === ',' ? readSpeakerBackward(tokens, comma, sentence.tokenStart, pack) : null;
    return draft(doc, cue, [first + 1, mainClauseResumes(tokens, first + 1, end, pack)], speaker);
  }
  // "Ein Flug wäre demnach durchaus vertretbar gewesen": inside a sentence in the subjunctive the adverb only links it to the
  // speech reported before; the sentence continues that speech (the dataset annotates no cue there).
  if (first !== sentence.tokenStart) {
    for (let k = sentence.tokenStart; k < end; k++) if (pack.reportedMoodForms.has(tokens[k]!.lower) && !doc.quoteByStart.has(k)) return null;
  }
  const result = draft(doc, cue, [first === sentence.tokenStart ? first + 1 : sentence.tokenStart, end], null);
  if (result) { result.inheritSpeaker = true; result.confidence = BASE_CONFIDENCE.demnach; }
  return result;
}

function attributeColon(doc: WithCues, cue: CueCandidate, sentence: Sentence): DraftAttribution | null {
  const { tokens, pack } = doc;
  // The cue is the colon, or a word of quoting before it: "Koppelin wörtlich:", "Zitat von Schröder:".
  const at = cue.tokenIds[0]!;
  let colon = at;
  while (colon < sentence.tokenEnd - 1 && tokens[colon]!.text !== ':') colon++;
  const speaker: Range | null = cue.speakerSide === 'after' ? (at + 1 < colon ? [at + 1, colon] : null)
    : readSpeakerBackward(tokens, at, sentence.tokenStart, pack);
  if (!speaker) return null;
  const end = contentEnd(tokens, sentence);
  const quoted = quoteStartingAt(doc, colon + 1);
  if (quoted) return draft(doc, cue, [quoted.quote.tokenStart, quoted.quote.tokenEnd], speaker);
  if (colon + 1 >= end) return null;
  return draft(doc, cue, [colon + 1, end], speaker);
}

/** Whether a quote overlaps a token range (a quoted name inside the speaker phrase). */
function insideRange(quote: { tokenStart: number; tokenEnd: number }, [from, to]: Range): boolean {
  return quote.tokenStart < to && quote.tokenEnd > from;
}

/** Indefinite articles: "eine „Zeitungsente“" is a word the speaker used, not a title. */
const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'a', 'an']);

/**
 * Whether a quote reads as a name or title ("mit dem „Deutschlandfunk“", "die „Krone Montezumas“", "der „Partei der
 * Arbeit Koreas“"): every word capitalized or, after the first, an article or preposition that joins them (not "und":
 * "zu „Gelassenheit und Aufmerksamkeit“" is quoted words), and neither predicative ("als „Wortbruch“") nor after an indefinite article ("einen „Militärputsch“").
 */
function nameLike(doc: WithCues, at: number): boolean {
  const { tokens, pack } = doc;
  const quote = doc.quotes[at]!;
  // "unter dem Titel „Die Revolution missbraucht ihre Kinder“": a quote named by a title noun.
  if (pack.titleNouns?.has(tokens[quote.tokenStart - 1]?.lower ?? '')) return true;
  for (let k = quote.tokenStart + 1; k < quote.tokenEnd - 1; k++) {
    const t = tokens[k]!;
    if (t.type === 'word' && !isCapitalized(t) && !/^\d/.test(t.text) && (k === quote.tokenStart + 1 || !TITLE_JOINERS.has(t.lower) || COORDINATORS.has(t.lower) || t.lower === 'oder')) return false;
  }
  for (let k = quote.tokenStart - 1; k >= Math.max(0, quote.tokenStart - 3); k--) {
    const t = tokens[k]!;
    if (t.lower === 'als' || t.lower === 'as' || INDEFINITE.has(t.lower)) return false;
    if (!isAdjectiveLike(t, pack)) break;
  }
  return true;
}

/**
 * Whether a quote of up to four words opening with a capital or digit follows the noun that names its class ("der
 * Zeitung „International Herald Tribune“", "Kubricks Film „2001: Odyssee im Weltraum“"): a name, not quoted words.
 */
function namedByNounBefore(doc: WithCues, at: number): boolean {
  const { tokens } = doc;
  const quote = doc.quotes[at]!;
  const noun = tokens[quote.tokenStart - 1];
  const first = tokens[quote.tokenStart + 1];
  if (!noun || !first || !isCapitalized(noun) || !(isCapitalized(first) || /^\d/.test(first.text))) return false;
  // The noun is not the first word of its sentence ("Dazu: „…“").
  const beforeNoun = tokens[quote.tokenStart - 2];
  if (!beforeNoun || beforeNoun.sentence !== noun.sentence || TERMINAL_PUNCT.has(beforeNoun.text)) return false;
  return quotedWords(doc, at) <= 4;
}

/**
 * Whether a quote stands inside the object noun phrase of a speech act, after its article or possessive ("Er forderte einen
 * „offensiven Umgang mit dem Christentum“", "verlangte eine Untersuchung der „schockierenden Szenen der Gewalt“", "sicherte
 * Johnson ihre „volle Unterstützung“ zu"): the act is reported with the quote inside it, as the dataset annotates it (train:
 * 4 of 5 such quotes, the act a Reported or Indirect quotation beside the Direct one). Not a predicate ("verurteilte ihn als
 * „hinterhältigen Anschlag“") nor a quote after a preposition ("warnte die CDU vor einem „populistischen Wahlkampf“").
 */
function demandedObject(doc: WithCues, at: number, cue: CueCandidate): boolean {
  if (!cue.speechAct || !doc.pack.nounsCapitalized) return false;
  const before = doc.tokens[doc.quotes[at]!.tokenStart - 1];
  if (!before || !doc.pack.determiners.has(before.lower)) return false;
  const preceding = doc.tokens[doc.quotes[at]!.tokenStart - 2];
  return !(preceding && (preceding.lower === 'als' || PREPOSITIONS_BEFORE_OBJECT.has(preceding.lower)));
}

/** Prepositions whose object a quoted noun phrase may be ("vor einem „…“", "zu einer „…“"). */
const PREPOSITIONS_BEFORE_OBJECT = new Set(['vor', 'zu', 'zur', 'zum', 'an', 'auf', 'für', 'gegen', 'mit', 'nach', 'von', 'um', 'über', 'in', 'aus', 'bei']);

/**
 * Whether a quote is the whole rest of its clause: after it come only cue words ("als „Unverschämtheit“ zurück"),
 * auxiliaries, a further quote or a coordinated verb ("nannte sie „fahrlässig“ und verwies …"). A quote inside a
 * longer object ("berichtete von „schweren Verlusten“ bei der Eroberung …") is part of a reported act.
 */
function closesClause(doc: WithCues, at: number, ce: number, cue: CueCandidate, verb: number): boolean {
  const { tokens, pack } = doc;
  // A fronted quote closes the field before the verb: "Als „unerwartetes Geschenk“ bezeichnet …".
  const to = doc.quotes[at]!.tokenEnd <= verb ? verb : ce;
  for (let k = doc.quotes[at]!.tokenEnd; k < to; k++) {
    const t = tokens[k]!;
    if (cue.tokenIds.includes(k) || pack.auxiliaries.has(t.lower)) continue;
    if (COORDINATORS.has(t.lower) || t.lower === 'oder' || t.lower === 'or') return true;
    return false;
  }
  return true;
}

/**
 * The utterance quoted after an apposition and a colon: ", der Geschäftsführer des Unternehmens: „…“" (a stretch of at
 * most twelve tokens that opens like a noun phrase and holds no quote or cue of its own), or null.
 */
function quoteAfterApposition(doc: WithCues, from: number, end: number): { tokenStart: number; tokenEnd: number } | null {
  const { tokens, pack } = doc;
  const first = tokens[from];
  if (!first || first.type !== 'word' || !(isCapitalized(first) || pack.determiners.has(first.lower))) return null;
  for (let k = from + 1; k < Math.min(end, from + 12); k++) {
    const t = tokens[k]!;
    if (t.type === 'quote' || TERMINAL_PUNCT.has(t.text) || pack.complementizers.has(t.lower) || (pack.cueWords.has(t.lower) && !isCapitalized(t))) return null;
    if (t.text !== ':') continue;
    const at = doc.quoteByStart.get(k + 1);
    const quote = at === undefined ? undefined : doc.quotes[at]!;
    return quote && !quote.short ? quote : null;
  }
  return null;
}

/**
 * The finite verb of a verb cue in Konjunktiv I ("Die IAEO gehe davon aus, dass …", "Der Mann gebe … zu", "Dieser
 * behaupte, …"): the cue is itself reported speech, and its sentence continues the speech reported before it. Listed
 * forms (pack reportedCueForms) and the third person singular of the cue's own verb, the stem with '-e' where the
 * indicative has '-t' (not "ich gebe", not a passive). -1 when the cue is no such verb.
 */
export function reportedCueVerb(doc: WithCues, cue: CueCandidate): number {
  if (cue.type !== 'verb') return -1;
  const { tokens, pack } = doc;
  const verb = verbIndex(doc, cue);
  const form = tokens[verb]!.lower;
  // A capitalized form is a noun ("Berichte über …") or opens a question or request; "bitte" is the particle of a request;
  // "meine" before its noun phrase is the possessive ("meine prinzipielle Haltung").
  if (isCapitalized(tokens[verb]) || form === 'bitte') return -1;
  if (form === 'meine' && (isCapitalized(tokens[verb + 1]) || isAdjectiveLike(tokens[verb + 1], pack))) return -1;
  if (pack.reportedCueForms.has(form)) return verb;
  // "Er hätte nicht daran gedacht, dass …", "Sie hätten Geld verlangt", "er habe … verraten": a cue whose finite auxiliary is
  // in the subjunctive is reported as well.
  if (SUBJUNCTIVE_AUXILIARIES.has(form) && tokens[verb - 1]?.lower !== 'ich' && tokens[verb + 1]?.lower !== 'ich') return verb;
  if (!form.endsWith('e') || cue.passive || tokens[verb - 1]?.lower === 'ich' || tokens[verb + 1]?.lower === 'ich') return -1;
  return cue.lemma.split(' ').some((word) => word.endsWith(`${form}n`)) ? verb : -1;
}

/** Separable particles of infinitives ("niederzulegen", "herzustellen") beyond those of the reporting verbs. */
const INFINITIVE_PARTICLES = ['nieder', 'her', 'heraus', 'herbei', 'hinaus', 'durch', 'um', 'weiter', 'fort', 'nach', 'bei', 'teil', 'zusammen', 'statt', 'vorbei', 'ein'];

/** Longest stretch a comma-less zu-infinitive after its cue may have. */
const MAX_BARE_INFINITIVE = 25;

/**
 * Start of a zu-infinitive that follows the cue's last word without a comma and closes the cue's clause at `ce`
 * ("hat angekündigt ihr Bundestagsmandat niederzulegen"), after an inverted speaker; -1 when there is none. Only words
 * (and quotes) in between, none of them opening a purpose infinitive ("um … zu") or another clause.
 */
function bareInfinitiveAfter(doc: WithCues, cue: CueCandidate, lastCue: number, ce: number, speaker: Range | null): number {
  const { tokens, pack } = doc;
  // (Not a cue inside an infinitive itself: "ausgewogen berichtet zu haben", "neue Quellen einzuschränken und zu erschließen".)
  if (tokens[lastCue + 1]?.lower === 'zu' || tokens[lastCue - 1]?.lower === 'zu' || /zu\p{Ll}+en$/u.test(tokens[lastCue]!.lower)) return -1;
  let from = lastCue + 1;
  if (speaker && speaker[0] === from) from = speaker[1];
  // "rät ihm Rechtsmittel einzulegen": the addressee is the verb's object, not part of the content ('ihr' may be a possessive).
  while (from < ce && DATIVE_PRONOUNS.has(tokens[from]!.lower) && tokens[from]!.lower !== 'ihr') from++;
  if (ce - from < 2 || ce - from > MAX_BARE_INFINITIVE) return -1;
  const last = tokens[ce - 1]!;
  const zuCompound = /^\p{Ll}+zu\p{Ll}+en$/u.test(last.text) && last.text.length > 8
    && [...pack.separableParticles, ...INFINITIVE_PARTICLES].some((p) => last.lower.startsWith(p + 'zu') && last.lower.length > p.length + 5);
  const zuInfinitive = tokens[ce - 2]!.lower === 'zu' && last.type === 'word' && !isCapitalized(last) && /n$/.test(last.lower);
  if (!zuCompound && !zuInfinitive) return -1;
  for (let k = from; k < ce; k++) {
    const t = tokens[k]!;
    if (cue.tokenIds.includes(k)) return -1;
    if ((t.type === 'punct' && !isOrdinalDot(tokens, k)) || INFINITIVE_ADVERBIALS.has(t.lower) || pack.subordinators.has(t.lower) || pack.complementizers.has(t.lower)) return -1;
  }
  return from;
}
