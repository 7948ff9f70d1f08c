import type { SpeakerPack } from '../lang/speaker-pack.js';
import type { CueCandidate, Sentence, Token, WithAttributions } from '../types.js';
import { clauseStart, clauseStartOverShortQuotes, isOrdinalDot } from './find-cues.js';
import { coordinatedAttributeEnd, extendedAttributeEnd, isAttributeAdverb, nominalFieldWithApposition, opensAttributedNoun, readSpeakerForward, yearSpanEnd, type Range } from './speaker-phrase.js';
import { afterInnerSubordinator, CLAUSE_PUNCT, isAdjectiveLike, isCapitalized, TERMINAL_PUNCT } from './token-tests.js';

/** Conjunctions joining two phrases of one subject. */
export const COORDINATORS = new Set(['und', 'sowie', 'oder', 'and', 'or']);
/** Conjunctions that may open a clause before its subject. */
export const LEADING_CONJUNCTIONS = new Set(['und', 'aber', 'doch', 'denn', 'oder', 'sondern', 'and', 'but']);
const YEAR = /^(1[89]|20)\d\d$/;

/** The first token at or after `from` (up to `limit`) that is no leading conjunction: where the clause's field opens. */
export function afterLeadingConjunctions(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && LEADING_CONJUNCTIONS.has(tokens[k]!.lower)) k++;
  return k;
}

/** The first token at or after `from` (up to `limit`) that is no adverb or word skipped after a verb ("Wie schon die WHO sagte"). */
function afterAdverbs(tokens: readonly Token[], from: number, limit: number, words: SpeakerPack): number {
  let k = from;
  while (k < limit && (words.adverbs.has(tokens[k]!.lower) || words.skippableAfterVerb.has(tokens[k]!.lower))) k++;
  return k;
}

/** Where the first field of a sentence opens: after leading conjunctions and focus particles ("Und auch die Polizei …"). */
function sentenceFieldStart(tokens: readonly Token[], sentence: Sentence, words: SpeakerPack): number {
  let start = sentence.tokenStart;
  while (start < sentence.tokenEnd && (LEADING_CONJUNCTIONS.has(tokens[start]!.lower) || words.focusParticles.has(tokens[start]!.lower))) start++;
  return start;
}
/** Relative pronouns that may be nominative (German; English "who", "which", "that"). */
const NOMINATIVE_RELATIVES = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches', 'who', 'which', 'that']);

type Doc = WithAttributions;

/** The subject of a verb cue, given the speaker the attribution stage read (`old`). */
export function chooseVerbSubject(doc: Doc, cue: CueCandidate, old: Range | null, words: SpeakerPack): Range | null {
  const chosen = chooseSubject(doc, cue, old, words);
  return chosen && !timePhrase(doc.tokens, chosen, words) ? withoutNeededObject(doc, cue, chosen, words) : null;
}

/** A phrase of time words and years only ("Ende August", "Anfang 2010"): when something was said, never who said it. */
function timePhrase(tokens: readonly Token[], [from, to]: Range, words: SpeakerPack): boolean {
  for (let k = from; k < to; k++) if (!words.timeWords.has(tokens[k]!.lower) && !YEAR.test(tokens[k]!.text)) return false;
  return to > from;
}

/** Nominative articles that open a subject of article, noun and a bare word. */
const NOMINATIVE_ARTICLES = new Set(['der', 'die', 'das']);

/**
 * A verb that needs an object ("vorwerfen", "auffordern", "bezeichnen … als") whose subject was read as article, noun and a
 * bare capitalized word has that word as its object when no other object stands between the subject and the cue: "warf die
 * Staatsanwaltschaft Ertel vor", "fordern die Organisationen Bürger dazu auf", "weil die US-Regierung Georgien nach dem
 * Krieg als „…“ bezeichnet hat" -> without the last word. Prepositional phrases, adverbs and the predicative after "als"
 * are no object; with one ("warf die Staatsanwaltschaft Berlin dem Mann vor") the phrase stays whole.
 */
function withoutNeededObject(doc: Doc, cue: CueCandidate, range: Range, words: SpeakerPack): Range {
  const { tokens, pack } = doc;
  const [from, to] = range;
  if (!words.objectLemmas.has(cue.lemma) || to - from !== 3 || !NOMINATIVE_ARTICLES.has(tokens[from]!.lower)) return range;
  const noun = tokens[from + 1]!;
  const last = tokens[to - 1]!;
  if (!isCapitalized(noun) || isAdjectiveLike(noun, pack) || !isCapitalized(last) || last.type !== 'word' || pack.determiners.has(last.lower)) return range;
  // The cue goes on after the phrase (a separable particle or a final verb), in the same clause.
  // The phrase follows the finite verb ("warf die Staatsanwaltschaft …") or opens a subordinate clause closed by the cue
  // ("weil die US-Regierung …"), not the subject before a verb in second place ("Die Europäische Union hat … aufgefordert").
  const next = cue.tokenIds.find((id) => id >= to);
  const subordinate = from > 0 && pack.subordinators.has(tokens[from - 1]!.lower);
  if (!(subordinate || cue.tokenIds.some((id) => id < from)) || next === undefined || tokens[next]!.sentence !== tokens[to]?.sentence) return range;
  let inQuote = false;
  for (let k = to; k < next; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote') { inQuote = !inQuote; continue; }
    if (inQuote) continue;
    if (t.type === 'punct' || words.predicativeMarkers.has(t.lower)) return words.predicativeMarkers.has(t.lower) ? [from, to - 1] : range;
    const nominal = pack.determiners.has(t.lower) || isCapitalized(t) || words.objectOpeners.has(t.lower) || words.nominativePronouns.has(t.lower)
      || words.ambiguousPronouns.has(t.lower) || words.demonstratives.has(t.lower);
    if (!nominal) continue;
    // Only a noun phrase or pronoun inside a prepositional phrase ("nach dem kurzen Krieg", "mit Russland", "im letzten Monat").
    let j = k - 1;
    while (j >= to && (pack.determiners.has(tokens[j]!.lower) || isAdjectiveLike(tokens[j], pack) || /^\d/.test(tokens[j]!.text)
      || (tokens[j]!.type === 'word' && !isCapitalized(tokens[j]) && !words.adverbialOpeners.has(tokens[j]!.lower)))) j--;
    if (j < to || !words.adverbialOpeners.has(tokens[j]!.lower) || words.predicativeMarkers.has(tokens[j]!.lower)) return range;
  }
  return [from, to - 1];
}

function chooseSubject(doc: Doc, cue: CueCandidate, old: Range | null, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  const sentence = doc.sentences[cue.sentence]!;
  const cueVerb = cue.tokenIds.find((id) => !pack.cueSubordinators.has(tokens[id]!.lower)) ?? cue.tokenIds[0]!;
  let cs = clauseStart(tokens, cueVerb, sentence);
  // A quoted name inside the subject of a "wie" clause is no clause end: "Denn wie die „Bild“-Zeitung berichtete, …".
  if (cs > sentence.tokenStart && tokens[cs - 1]!.type === 'quote') {
    const over = clauseStartOverShortQuotes(doc, cueVerb, sentence);
    const opener = afterLeadingConjunctions(tokens, over, cueVerb);
    if (over < cs && pack.cueSubordinators.has(tokens[opener]!.lower)) cs = over;
  }
  // A conjunction before a subordinator ("Denn wie die Zeitung berichtete", "und als er erklärte") leaves the clause subordinate.
  let open = cs;
  while (open + 1 < cueVerb && LEADING_CONJUNCTIONS.has(tokens[open]!.lower) && pack.subordinators.has(tokens[open + 1]!.lower)) open++;
  const opener = tokens[open]!;
  // The finite verb may stand before the cue: "Außerdem ließ der Pressedienst verlauten", "Gestern hatte der Minister betont".
  let verb = cueVerb;
  if (!pack.subordinators.has(opener.lower) && !words.relativePronouns.has(opener.lower)) {
    for (let k = cs; k < cueVerb && verb === cueVerb; k++) if (pack.auxiliaries.has(tokens[k]!.lower) || words.finiteHelpers.has(tokens[k]!.lower)) verb = k;
    // (Not the verb of a clause before "und" that the cue does not take: "Dies war … und die Hongkonger befürchten".)
    if (verb !== cueVerb && !cue.tokenIds.includes(verb)) {
      for (let k = verb + 1; k < cueVerb; k++) {
        if (words.coordinators.has(tokens[k]!.lower) && opensSubject(doc, k + 1, words)) { verb = cueVerb; break; }
      }
    }
  }
  // "…, das teilte das Institut mit": a demonstrative before the verb of a main clause (the verb is not last, as in a
  // relative clause) stands for the content; the subject follows the verb.
  if (verb === cs + 1 && words.demonstratives.has(opener.lower) && !verbEndsClause(doc, cue, verb, sentence)) {
    const after = subjectAfterVerb(doc, cue, verb, sentence, words);
    if (after) return after.range;
  }
  // A relative clause: "Ägypten, das vorschlug, …" (the relative pronoun), "…, die er nannte" (the pronoun after it).
  if (cs < verb && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && words.relativePronouns.has(opener.lower)) {
    const next = tokens[cs + 1]!;
    if (words.nominativePronouns.has(next.lower) || words.ambiguousPronouns.has(next.lower)) return [cs + 1, cs + 2];
    // A nominative relative pronoun before an object phrase ("…, die den Mut Alis hervorhob", "…, der dem Minister vorwarf")
    // is the subject; the object is no part of it.
    if (!words.objectOpeners.has(opener.lower) && NOMINATIVE_RELATIVES.has(opener.lower) && words.objectOpeners.has(next.lower)) return [cs, cs + 1];
    // So is a masculine 'der' before an article or quantifier of the object ("…, der der US-Regierung vorwarf", "…, der alle
    // Nichtmoslems aufforderte"): a second nominative article would need its own noun before the verb.
    if (opener.lower === 'der' && pack.determiners.has(next.lower) && cs + 2 < verb) return [cs, cs + 1];
    // A bare name between an ambiguous relative pronoun and its final verb is the subject; the pronoun is the object
    // ("Die Alternative, die Roßberg nannte, …").
    if ((opener.lower === 'die' || opener.lower === 'das') && cs + 2 === verb && isCapitalized(next) && !pack.determiners.has(next.lower)
      && !words.nominativePronouns.has(next.lower) && verbEndsClause(doc, cue, verb, sentence)) return [cs + 1, cs + 2];
    if (!words.objectOpeners.has(opener.lower) && opener.lower !== 'deren' && opener.lower !== 'dessen' && opener.lower !== 'denen'
      && !pack.determiners.has(next.lower) && !isCapitalized(next)) return [cs, cs + 1];
    return old;
  }
  // A relative clause after a preposition: "von dem die Polizei glaubt", "bei dem sie gesagt hatte".
  if (!old && cs + 2 < cueVerb && (words.adverbialOpeners.has(opener.lower) || pack.agentPrepositions.has(opener.lower)) && words.relativePronouns.has(tokens[cs + 1]!.lower)) {
    const next = tokens[cs + 2]!;
    if (words.nominativePronouns.has(next.lower) || words.ambiguousPronouns.has(next.lower)) return [cs + 2, cs + 3];
    return words.subjectOpeners.has(next.lower) ? readSpeakerForward(tokens, cs + 2, cueVerb, pack) : null;
  }
  // The same clause left without its comma, closed by the cue verb: "Der Mann hinterließ einen Zettel in dem er verlangte, …"
  // (the pronoun after the preposition and its relative pronoun is the subject, not the field from the sentence start).
  const pronoun = cueVerb - 1;
  if (pronoun - 2 > cs && (words.nominativePronouns.has(tokens[pronoun]!.lower) || words.ambiguousPronouns.has(tokens[pronoun]!.lower))
    && words.relativePronouns.has(tokens[pronoun - 1]!.lower)
    && (words.adverbialOpeners.has(tokens[pronoun - 2]!.lower) || pack.agentPrepositions.has(tokens[pronoun - 2]!.lower))
    && tokens[pronoun - 3]?.text !== ',' && verbEndsClause(doc, cue, cueVerb, sentence)) return [pronoun, pronoun + 1];
  if (pack.quotingVerbs.has(cue.lemma)) return old;
  // A subordinate clause ends with its verb ("Wie die Polizei mitteilte,"); "Als Begründung sagte ein Arzt" is a main clause.
  // Verb-final: nothing but cue words (a separable particle) follows the verb in its clause.
  const limit = phraseLimit(tokens, verb, sentence);
  let verbFinal = true;
  for (let k = verb + 1; k < limit && verbFinal; k++) verbFinal = cue.tokenIds.includes(k);
  if ((pack.subordinators.has(opener.lower) || pack.cueSubordinators.has(opener.lower)) && (verbFinal || open === verb)) {
    if (open === verb) return old;
    // "Wie schon die WHO sagte": adverbs may stand between the subordinator and the subject.
    const k = afterAdverbs(tokens, open + 1, verb, words);
    if (old) {
      // The phrase read before may leave out a place or outlet phrase of a "wie" clause ("die Ärztezeitung in ihrer Onlineausgabe").
      const longer = old[0] === k && pack.cueSubordinators.has(opener.lower) ? wieClauseSubject(doc, k, verb, words) : null;
      return longer && longer[1] > old[1] ? longer : old;
    }
    // "Wie aus einer Verlautbarung der ISAF hervorgeht", "wie aus Regierungskreisen verlautete": the source follows "aus".
    if (k + 1 < verb && words.sourceOrigins.has(tokens[k]!.lower)) return readSpeakerForward(tokens, k + 1, verb, pack);
    return pack.cueSubordinators.has(opener.lower) ? wieClauseSubject(doc, k, verb, words) : readSpeakerForward(tokens, k, verb, pack);
  }
  // A "wie" clause whose subject holds commas, closed by its verb: "Wie Steve Marshall, Sprecher der UN-Büros in Birma, in
  // Bangkok mitteilte, …", "Wie Norman Paech, der … anwesend war, dazu feststellt, …".
  // The head read before the comma goes on with the apposition: "Wie Philip Aguer Panynag, ein Sprecher der SPLA der Presse mitteilte".
  if (verbFinal && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',') {
    const wie = wieBefore(doc, cs - 1, sentence);
    if (wie >= 0 && (!old || (old[0] > wie && old[1] < cs))) {
      const k = afterAdverbs(tokens, wie + 1, cs, words);
      if (k < cs) {
        const subject = wieClauseSubject(doc, k, verb, words);
        if (!old) return subject;
        if (subject && subject[0] === old[0] && subject[1] > cs) return subject;
      }
    }
  }
  let from = afterLeadingConjunctions(tokens, cs, verb);
  // English "Stocks fell after investors said …": a subordinator inside the field opens the cue's own clause.
  from = afterInnerSubordinator(tokens, from, verb, pack);
  // A focus particle before the subject belongs to neither ("Auch einige kleinere Parteien haben angekündigt").
  while (from + 1 < verb && words.focusParticles.has(tokens[from]!.lower) && !words.adverbialOpeners.has(tokens[from]!.lower) && opensSubject(doc, from + 1, words)) from++;
  // English keeps its subject before the verb ("Katada said he was sure", "he" opens the content): a phrase after the verb is
  // the subject only when nothing stands before the verb in its clause ("…, said Katada").
  let after = !pack.nounsCapitalized && from < verb ? null : subjectAfterVerb(doc, cue, verb, sentence, words);
  // (Not a pronoun that opens the content's clause: "…, saying he had lost the trust of the party".)
  if (!pack.nounsCapitalized && after && after.range[1] - after.range[0] === 1 && pack.subjectPronouns.has(tokens[after.range[0]]!.lower)
    && tokens[after.range[1]]?.type === 'word') after = null;
  if (after?.strong) return after.range;
  // The field before the verb runs over a comma from the sentence start: a list or an apposition with no closing comma
  // ("Die Außenminister Frankreichs, Italiens und Österreich erklärten", "Ein Sprecher der Polizei, Commander Randy Henderson sagte").
  if (from < verb && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && (!old || (old[0] >= cs && old[1] <= verb))) {
    const start = afterLeadingConjunctions(tokens, sentence.tokenStart, cs);
    const whole = start < cs - 1 && tokens[start]!.type !== 'quote' ? fieldSubject(doc, start, verb, words) : null;
    // (English writes nouns in lower case like its verbs: there only a list of names, "Britain, France and Germany said";
    // "Iran seized another vessel, IRNA reported" is content and source.)
    const names = pack.nounsCapitalized || (whole !== null && nameList(doc, [whole[0], cs - 1]));
    if (whole && whole[0] === start && whole[1] > cs && names && nominalField(doc, whole, words)) return whole;
  }
  const afterVerb = !old || old[0] > verb;
  if (afterVerb && verb > sentence.tokenStart + 2 && COORDINATORS.has(tokens[verb - 1]!.lower)) {
    // "Die CCE bestätigte die Aussage nicht und nannte sie …": a coordinated verb shares the subject of the sentence's first clause.
    const shared = sentenceSubject(doc, { ...sentence, tokenEnd: verb - 1 }, words, true);
    if (shared) return shared;
  }
  if (from >= verb && afterVerb && !(old && words.nominativePronouns.has(tokens[old[0]]!.lower)) && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',') {
    // "Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte": the subject with its apposition opens the sentence.
    let start = afterLeadingConjunctions(tokens, sentence.tokenStart, verb);
    // "Während die Verhandlungen beendet waren, war das McCain-Lager davon ausgegangen": after a subordinate clause
    // the main clause opens with its verb, and the subject follows it.
    if (after && pack.subordinators.has(tokens[start]!.lower) && !pack.cueSubordinators.has(tokens[start]!.lower)) return after.range;
    // So after a "wie" clause closed by its own verb: "Wie die Sportzeitung „L'Equipe“ veröffentlichte, soll Anelka … gesagt haben".
    const closing = tokens[cs - 2];
    if (after && pack.cueSubordinators.has(tokens[start]!.lower) && closing !== undefined && closing.type === 'word' && !isCapitalized(closing)
      && !pack.determiners.has(closing.lower) && !/^\d/.test(closing.text)) return after.range;
    // "Wie die Mitarbeiterin seines Büros, Arminda Thomas, mitteilte": the subject follows the subordinator.
    if (pack.cueSubordinators.has(tokens[start]!.lower)) start++;
    // English "The talks failed, said officials.": a stretch with no comma of its own before the cue's comma holds no
    // apposition; it is the clause the inverted cue reports, and the phrase after the verb is the subject.
    if (!pack.nounsCapitalized && old && old[0] > verb && !tokens.slice(start, cs - 1).some((t) => t.text === ',')) return old;
    const field = tokens[start]!.type === 'quote' ? null : fieldSubject(doc, start, verb, words);
    if (field) return field;
    // "Im März hatte ein Talibanführer, Baitullah Mehsud, erklärt": the subject follows the auxiliary before the apposition.
    const auxiliary = old ? -1 : auxiliaryBefore(doc, cs - 1, sentence);
    if (auxiliary >= 0) {
      let k = auxiliary + 1;
      while (k < cs && (words.skippableAfterVerb.has(tokens[k]!.lower) || words.adverbs.has(tokens[k]!.lower))) k++;
      const subject = readSpeakerForward(tokens, k, cs - 1, pack, true);
      if (subject) return subject;
    }
    if (!old) return null;
  }
  if (from >= verb) return old ?? after?.range ?? null;
  if (old && old[0] > verb) {
    // An object after the verb was taken for the subject; a noun phrase before the verb is the subject in the usual order.
    if (words.nominativePronouns.has(tokens[old[0]]!.lower)) return old;
    // A phrase opened by an object article ("spricht von einem Terroristen", "verglich den Fall") is never the subject.
    const object = words.objectOpeners.has(tokens[old[0]]!.lower);
    // The same phrase read on over a quoted name closes it: "berichtete die in Oberösterreich erscheinende „Rundschau am Sonntag“".
    const longer = after && after.range[0] === old[0] && after.range[1] > old[1] && tokens[after.range[1] - 1]!.type === 'quote' ? after.range : old;
    return fieldSubject(doc, from, verb, words) ?? (object ? null : longer);
  }
  if (!after) return old ?? fieldSubject(doc, from, verb, words) ?? lastConjunct(doc, from, verb, words);
  // "Die Äußerungen bezeichnete Wiefelspütz als …": with a predicative verb, a bare name right after the verb is the subject.
  if (words.predicativeLemmas.has(cue.lemma) && isBareName(doc, after.range, words) && tokens[after.range[1]] !== undefined
    && (words.predicativeMarkers.has(tokens[after.range[1]]!.lower) || cue.tokenIds.includes(after.range[1]))) return after.range;
  return isNonSubjectField(tokens, [from, verb], words) ? after.range : old ?? fieldSubject(doc, from, verb, words);
}

/**
 * The subject of a "wie" clause read from `from` to its final verb: the noun phrase with what the dataset takes along of
 * the field, an apposition between commas and a place or outlet phrase after "in/im/aus" ("die Ärztezeitung in ihrer
 * Onlineausgabe", "Privatdozent Dr. Dittrich aus dem Forscherteam", "Steve Marshall, Sprecher der UN-Büros in Birma, in
 * Bangkok"); not a time ("der Weltverband FIFA in der Nacht"), an addressee ("gegenüber …") or a relative clause.
 */
function wieClauseSubject(doc: Doc, from: number, verb: number, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  const phrase = readSpeakerForward(tokens, from, verb, pack);
  if (!phrase || phrase[0] !== from) return phrase;
  let end = phrase[1];
  let settled = end;
  for (let steps = 0; steps < 4 && end < verb; steps++) {
    const t = tokens[end]!;
    if (words.placePrepositions.has(t.lower) && t.lower !== 'von' && t.lower !== 'vom' && t.lower !== 'bei' && t.lower !== 'beim') {
      const close = placePhraseEnd(doc, end + 1, verb, words);
      if (close < 0) break;
      end = close;
      settled = end;
      continue;
    }
    if (t.text === ',' && end + 1 < verb && !isRelativeClause(doc, end + 1, words)) {
      // A place phrase after the apposition's closing comma: "…, in Bangkok mitteilte".
      if (settled === end && end > phrase[1] && words.placePrepositions.has(tokens[end + 1]!.lower)) { end++; continue; }
      const apposition = readSpeakerForward(tokens, end + 1, verb, pack);
      if (!apposition || apposition[0] !== end + 1) break;
      end = apposition[1];
      const closing = tokens[end]!;
      // An apposition left without its closing comma, before an adverb or object of the clause: "Wie ein Vertreter des
      // Mutterkonzerns, EADS heute mitteilte", "Wie Philip Aguer Panynag, ein Sprecher der SPLA der Presse mitteilte".
      if (end < verb && closing.text !== ',' && !words.placePrepositions.has(closing.lower)) { settled = end; break; }
      if (closing.text === ',' || end === verb) settled = end;
      continue;
    }
    break;
  }
  return [from, settled > phrase[1] && tokens[settled - 1]!.text !== ',' ? settled : phrase[1]];
}

/** The end of a place or outlet phrase opened after a preposition at `from` (up to a comma or the verb), or -1 for a time or a clause. */
function placePhraseEnd(doc: Doc, from: number, verb: number, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  let k = from;
  for (; k < verb && tokens[k]!.text !== ','; k++) {
    const t = tokens[k]!;
    if (words.timeWords.has(t.lower) || words.adverbs.has(t.lower)) return -1;
    if (t.type === 'quote' || isCapitalized(t) || pack.determiners.has(t.lower) || isAdjectiveLike(t, pack) || /^\d/.test(t.text)) continue;
    if (/^(sein|ihr|unser)(e|er|em|en|es)?$/.test(t.lower) || words.attributePrepositions.has(t.lower)) continue;
    return -1;
  }
  return k > from && (k === verb || tokens[k]!.text === ',') ? k : -1;
}

/** The "wie" opening the clause that ends before `end` (at the sentence start or after a comma), or -1. */
function wieBefore(doc: Doc, end: number, sentence: Sentence): number {
  const { tokens, pack } = doc;
  for (let k = end - 1; k >= sentence.tokenStart && end - k < 40; k--) {
    const t = tokens[k]!;
    if (t.type === 'quote' || t.text === ':' || t.text === ';' || TERMINAL_PUNCT.has(t.text) && !isOrdinalDot(tokens as Token[], k)) return -1;
    if (!pack.cueSubordinators.has(t.lower)) continue;
    let before = k - 1;
    while (before >= sentence.tokenStart && LEADING_CONJUNCTIONS.has(tokens[before]!.lower)) before--;
    return before < sentence.tokenStart || tokens[before]!.text === ',' ? k : -1;
  }
  return -1;
}

/**
 * The subject of a main clause joined to the one before by "und" without a comma: "Dies war nicht die erste
 * Auseinandersetzung und die Hongkonger befürchten, …" (the phrase after the last coordinator, ending at the verb).
 */
function lastConjunct(doc: Doc, from: number, verb: number, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  for (let k = verb - 2; k > from; k--) {
    const t = tokens[k]!;
    if (t.type !== 'word') return null;
    if (!LEADING_CONJUNCTIONS.has(t.lower)) continue;
    const next = tokens[k + 1]!;
    if (!words.subjectOpeners.has(next.lower) && !isCapitalized(next)) return null;
    const phrase = readSpeakerForward(tokens, k + 1, verb, pack);
    // (Trailing particles may stand between the phrase and the verb: "und das FBI seinerseits versprach".)
    let end = phrase ? phrase[1] : verb;
    while (end < verb && words.trailingParticles.has(tokens[end]!.lower)) end++;
    // The clause before holds a verb: a lower-case word that is no article, adjective or linking word.
    let verbBefore = false;
    for (let j = from; j < k && !verbBefore; j++) {
      const w = tokens[j]!;
      verbBefore = w.type === 'word' && !isCapitalized(w) && !pack.determiners.has(w.lower) && !isAdjectiveLike(w, pack)
        && !pack.speakerInnerWords.has(w.lower) && !/^\d/.test(w.text) && !words.coordinators.has(w.lower);
    }
    return phrase && end === verb && verbBefore ? phrase : null;
  }
  return null;
}

/** Whether nothing but the cue's own words (a separable particle) follows the verb in its clause. */
function verbEndsClause(doc: Doc, cue: CueCandidate, verb: number, sentence: Sentence): boolean {
  const limit = phraseLimit(doc.tokens, verb, sentence);
  for (let k = verb + 1; k < limit; k++) if (!cue.tokenIds.includes(k)) return false;
  return true;
}

/** A subject opener, a name or an adjective before its noun at k. */
function opensSubject(doc: Doc, k: number, words: SpeakerPack): boolean {
  const t = doc.tokens[k]!;
  return words.subjectOpeners.has(t.lower) || (isCapitalized(t) && !doc.pack.speakerStopWords.has(t.lower) && !words.adverbialOpeners.has(t.lower));
}

/** Capitalized words only, no article: a name ("Wiefelspütz", "Angela Merkel"). */
function isBareName(doc: Doc, [from, to]: Range, words: SpeakerPack): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (!isCapitalized(t) || doc.pack.determiners.has(t.lower) || words.nominativePronouns.has(t.lower) || words.ambiguousPronouns.has(t.lower)) return false;
  }
  return to - from <= 3;
}

/**
 * The quoted person of a passive quoting verb is the subject before the verb:
 * "Günther Platter wird von Reuters mit den Worten zitiert", "Sie wird mit den Worten zitiert".
 */
export function quotedSubject(doc: Doc, cue: CueCandidate, old: Range | null, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  const sentence = doc.sentences[cue.sentence]!;
  const first = cue.tokenIds[0]!;
  const auxiliary = pack.passiveAuxiliaries.has(tokens[first]!.lower) ? first : auxiliaryBefore(doc, first, sentence);
  if (auxiliary < 0 || !pack.quotingVerbs.has(cue.lemma)) return old;
  const start = afterLeadingConjunctions(tokens, clauseStart(tokens, auxiliary, sentence), auxiliary);
  // A subject with an apposition opening the sentence: "Der Fraktionschef der Grünen, Volker Ratzmann, wird … zitiert".
  const sentenceFrom = afterLeadingConjunctions(tokens, sentence.tokenStart, auxiliary);
  if (start > sentenceFrom && tokens[auxiliary - 1]!.text === ',') {
    const whole = fieldSubject(doc, sentenceFrom, auxiliary, words);
    if (whole) return whole;
  }
  if (start >= auxiliary) return old;
  const head = tokens[start]!;
  if (auxiliary - start === 1 && (words.nominativePronouns.has(head.lower) || words.ambiguousPronouns.has(head.lower))) return [start, auxiliary];
  // The agent before a verb-final auxiliary is no part of the subject: "wie Hoyzer von Spiegel-Online zitiert wird".
  let end = auxiliary;
  if (old && old[0] > start && old[1] <= auxiliary && pack.agentPrepositions.has(tokens[old[0] - 1]?.lower ?? '')) end = old[0] - 1;
  if (end <= start) return old;
  return fieldSubject(doc, start, end, words) ?? old;
}

/** The auxiliary of the main clause before `end` ("hatte … erklärt"), or -1 (stops at a quote or the sentence start). */
function auxiliaryBefore(doc: Doc, end: number, sentence: Sentence): number {
  for (let k = end - 1; k >= sentence.tokenStart; k--) {
    const t = doc.tokens[k]!;
    if (t.type === 'quote' || TERMINAL_PUNCT.has(t.text)) return -1;
    if (doc.pack.auxiliaries.has(t.lower)) return k;
  }
  return -1;
}

/** Prepositions that open an adverbial or the addressee, never an attribute of the subject ("der Innenminister gegenüber Medien versichere"). */
const ADVERBIAL_ONLY = new Set(['gegenüber', 'wegen', 'trotz', 'während', 'seit', 'seitdem', 'angesichts', 'aufgrund', 'anlässlich', 'infolge', 'hinsichtlich', 'bezüglich']);

/**
 * The field before the verb read as the subject: a noun phrase, possibly
 * coordinated, with an apposition or a relative clause closed by a comma
 * ("Gutachter der DGLR, die die Maschine untersuchten, gehen …").
 */
function fieldSubject(doc: Doc, from: number, verb: number, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  let to = verb;
  if (tokens[to - 1]?.text === ',') to--;
  while (to - from > 1 && (words.trailingParticles.has(tokens[to - 1]!.lower) || words.adverbs.has(tokens[to - 1]!.lower))) to--;
  if (to <= from || to - from > 30 || isNonSubjectField(tokens, [from, to], words)) return null;
  if (to - from === 1 && words.demonstratives.has(tokens[from]!.lower)) return null;
  const first = tokens[from]!;
  if (pack.complementizers.has(first.lower) || pack.subordinators.has(first.lower) || words.relativePronouns.has(first.lower) && !words.subjectOpeners.has(first.lower)) return null;
  // "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte …": a noun phrase with its apposition and no
  // verb, also where the phrase reader stops inside a name ("zu Guttenberg", "ver.di").
  const nominal = to < verb && nominalFieldWithApposition(tokens, from, to, pack);
  let head = readSpeakerForward(tokens, from, to, pack);
  // The field before the verb is one constituent: coordinated phrases and prepositional attributes belong to it
  // ("Der frühere Bürgermeister und Justizsenator", "Das Parlament in Mexiko-Stadt").
  while (head && head[1] < to && (COORDINATORS.has(tokens[head[1]]!.lower) || (words.adverbialOpeners.has(tokens[head[1]]!.lower) && !ADVERBIAL_ONLY.has(tokens[head[1]]!.lower)))) {
    const next = readSpeakerForward(tokens, head[1] + 1, to, pack);
    if (!next) break;
    head = [head[0], next[1]];
  }
  if (!head || head[0] !== from) return nominal ? [from, to] : null;
  if (head[1] === to) return [from, to];
  // An adverbial or the addressee between the subject and the verb ends the subject: "der Innenminister gegenüber Medien versichere".
  if (ADVERBIAL_ONLY.has(tokens[head[1]]!.lower)) return head;
  if (tokens[head[1]]!.text !== ',') return nominal ? [from, to] : null;
  for (let k = head[1]; k < to; k++) {
    const t = tokens[k]!;
    if (TERMINAL_PUNCT.has(t.text) || t.text === ':' || t.text === ';') return null;
  }
  const rest = head[1] + 1;
  const apposition = readSpeakerForward(tokens, rest, to, pack);
  // (A relative clause closes right before the verb: "Ein Tiefdruckgebiet, das … gestanden hatte, habe … erreicht, meldet …" is content.)
  const relative = isRelativeClause(doc, rest, words) && !tokens.slice(rest, to).some((t) => t.text === ',');
  if (relative || (apposition && (apposition[1] === to || tokens[apposition[1]]!.text === ','))) return [from, to];
  return nominal ? [from, to] : null;
}

/** The subject right after the finite verb: a nominative pronoun ("sagte er", strong) or a noun phrase ("meldete die Zeitung"). */
function subjectAfterVerb(doc: Doc, cue: CueCandidate, verb: number, sentence: Sentence, words: SpeakerPack): { range: Range; strong: boolean } | null {
  const { tokens, pack } = doc;
  const limit = phraseLimit(tokens, verb, sentence);
  let k = verb + 1;
  if (k >= limit) return null;
  const first = tokens[k]!;
  if (words.nominativePronouns.has(first.lower)) return { range: [k, k + 1], strong: true };
  if (words.ambiguousPronouns.has(first.lower)) return { range: [k, k + 1], strong: false };
  let skipped = 0;
  while (k < limit && skipped < 3 && words.skippableAfterVerb.has(tokens[k]!.lower)) { k++; skipped++; }
  const t = tokens[k];
  if (!t || k >= limit || cue.tokenIds.includes(k)) return null;
  if (words.nominativePronouns.has(t.lower)) return { range: [k, k + 1], strong: true };
  if (!words.subjectOpeners.has(t.lower) && !(isCapitalized(t) && !pack.speakerStopWords.has(t.lower))) return null;
  const range = readSpeakerForward(tokens, k, limit, pack, true);
  if (!range) return null;
  return { range, strong: false };
}

/** Noun-phrase words only (no verb, no relative clause): names, articles, adjectives, linking prepositions, commas and quotes. */
function nominalField(doc: Doc, [from, to]: Range, words: SpeakerPack): boolean {
  const { tokens, pack } = doc;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote' || (t.type === 'punct' && t.text !== '.') || isCapitalized(t) || /^\d/.test(t.text)) continue;
    if (pack.determiners.has(t.lower) && !(tokens[k - 1]?.text === ',' && isRelativeClause(doc, k, words))) continue;
    if (pack.speakerInnerWords.has(t.lower) || words.coordinators.has(t.lower) || words.attributePrepositions.has(t.lower) || isAdjectiveLike(t, pack)) continue;
    if (isAttributeAdverb(tokens, k, pack)) continue;
    return false;
  }
  return true;
}

/** Whether [from, to) holds only capitalized words, articles, inner words of names and commas ("Britain, the Netherlands"). */
function nameList(doc: Doc, [from, to]: Range): boolean {
  const { tokens, pack } = doc;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || isCapitalized(t) || pack.determiners.has(t.lower) || pack.speakerInnerWords.has(t.lower)) continue;
    return false;
  }
  return true;
}

/** The first comma inside [from, to), or -1. */
function firstComma(tokens: readonly Token[], [from, to]: Range): number {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') return k;
  return -1;
}

/** Whether the field before the verb is an adverbial or an object rather than the subject. */
function isNonSubjectField(tokens: Token[], [from, to]: Range, words: SpeakerPack): boolean {
  const first = tokens[from]!;
  if (words.adverbialOpeners.has(first.lower) || words.objectOpeners.has(first.lower)) return true;
  // "Von den öffentlichen Einrichtungen erklärten nur die Gefängnisse …": "von" with a dative article is partitive (not "Von der Leyen").
  if (first.lower === 'von' && words.objectOpeners.has(tokens[from + 1]?.lower ?? '')) return true;
  // A genitive is never the subject: "Des Weiteren wirft die OSZE … vor", "Des Öfteren".
  if (words.genitiveOnlyOpeners.has(first.lower)) return true;
  let adverbs = true;
  let time = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') continue;
    if (!words.adverbs.has(t.lower)) adverbs = false;
    if (words.timeWords.has(t.lower) || YEAR.test(t.text)) time = true;
  }
  if (adverbs) return true;
  if (time && to - from <= 5) return true;
  // An adverb in the first position, alone or with its phrase: "Ursprünglich wollte er", "Stellvertretend für die Kommission empfahl".
  const adverb = /(lich|weise|mals|dings|halb|wegen|end|lang|ell|fristig|zeitig|seitig)$/.test(first.lower) && first.lower.length > 6;
  return adverb && (to - from === 1 || words.adverbialOpeners.has(tokens[from + 1]!.lower));
}

/** The finite verb of a main clause opening `sentence` (read as in sentenceSubject): the first lower-case word after the first field, or -1. */
export function sentenceVerb(doc: Doc, sentence: Sentence, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  const start = sentenceFieldStart(tokens, sentence, words);
  let depth = 0;
  for (let k = start + 1; k < sentence.tokenEnd && k - start < 30; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote') depth = depth === 0 ? 1 : 0;
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    // A comma between coordinated attributes before a noun: "ein prominentes, dem konservativen Flügel zugehöriges Mitglied".
    if (depth === 0 && tokens[k + 1]?.text === ',') {
      const attribute = coordinatedAttributeEnd(tokens, k + 1, sentence.tokenEnd, pack);
      if (attribute > k + 1) { k = attribute; continue; }
    }
    if (depth > 0 || t.type !== 'word' || isCapitalized(t) || /^\d/.test(t.text)) continue;
    // The years of an office after its noun hold no verb: "der frühere Präsident Irans zwischen 1997 und 2005, Mohammad Chātamī, unterstützte".
    if (pack.nounsCapitalized && isCapitalized(tokens[k - 1]) && yearSpanEnd(tokens, k) > k) { k = yearSpanEnd(tokens, k) - 1; continue; }
    // An extended attribute after an article holds no verb: "Auch der als gemäßigt geltende frühere Präsident … unterstützte".
    if (pack.determiners.has(tokens[k - 1]!.lower)) {
      const participle = extendedAttributeEnd(tokens, k, sentence.tokenEnd, pack);
      if (participle > k) { k = participle; continue; }
    }
    // A relative clause on the subject between commas holds no verb of the main clause ("Louis Michel, der sich … aufhält, durfte").
    if (k > start + 1 && tokens[k - 1]!.text === ',' && isRelativeClause(doc, k, words)) {
      let close = k + 1;
      while (close < sentence.tokenEnd && tokens[close]!.text !== ',' && !TERMINAL_PUNCT.has(tokens[close]!.text)) close++;
      if (tokens[close]?.text !== ',') return -1;
      k = close;
      continue;
    }
    if (pack.determiners.has(t.lower) || pack.speakerInnerWords.has(t.lower) || words.coordinators.has(t.lower) || isAdjectiveLike(t, pack) && isCapitalized(tokens[k + 1])) continue;
    if (words.adverbialOpeners.has(t.lower) && k > start) continue;
    return k;
  }
  return -1;
}

/** The subject of a sentence without a cue: the field before its first verb, or the phrase after the verb when that field is an adverbial. */
export function sentenceSubject(doc: Doc, sentence: Sentence, words: SpeakerPack, anySubject: boolean): Range | null {
  const { tokens, pack } = doc;
  const verb = sentenceVerb(doc, sentence, words);
  if (verb < 0) return null;
  const start = sentenceFieldStart(tokens, sentence, words);
  // A relative clause or apposition before the verb: the verb follows its closing comma.
  let subject: Range | null;
  if (isNonSubjectField(tokens, [start, verb], words)) {
    let k = verb + 1;
    while (k < sentence.tokenEnd && words.skippableAfterVerb.has(tokens[k]!.lower)) k++;
    const t = tokens[k];
    // (Where any subject counts, "sie" right after the verb is the subject: "Dabei griff sie auch den Präsidenten an: „…“".)
    const pronoun = !!t && (words.nominativePronouns.has(t.lower) || (anySubject && words.ambiguousPronouns.has(t.lower)));
    if (!t || !(pronoun || words.subjectOpeners.has(t.lower) || isCapitalized(t))) return null;
    subject = pronoun ? [k, k + 1] : readSpeakerForward(tokens, k, phraseLimit(tokens, k, sentence), pack, true);
    // A name in apposition between commas after it: "nahm jetzt auch der Ministerpräsident des Landes, Christian Wulff (CDU), zu der Frage Stellung".
    if (subject && !pronoun && tokens[subject[1]]?.text === ',') {
      const name = readSpeakerForward(tokens, subject[1] + 1, sentence.tokenEnd, pack);
      const named = name !== null && name[0] === subject[1] + 1 && name[1] - name[0] <= 6 && tokens[name[1]]?.text === ','
        && tokens.slice(name[0], name[1]).every((w) => isCapitalized(w) || w.text === '(' || w.text === ')');
      if (named) subject = [subject[0], name![1]];
    }
  } else {
    subject = fieldSubject(doc, start, verb, words);
    // A relative clause right after the head is no part of the mention ("Der Ermittler, der als wichtiger Zeuge gilt, will …";
    // after an apposition the dataset keeps it: "Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben").
    const comma = subject ? firstComma(tokens, subject) : -1;
    if (subject && comma > subject[0] && isRelativeClause(doc, comma + 1, words)) subject = [subject[0], comma];
  }
  if (!subject) return null;
  const head = tokens[subject[0]]!;
  // (A demonstrative alone stands for something said; with its noun it is an article: "Das Robert-Koch-Institut sieht …".)
  if ((words.demonstratives.has(head.lower) && !tokens.slice(subject[0] + 1, subject[1]).some((t) => isCapitalized(t))) || head.lower === 'es' || words.objectOpeners.has(head.lower) || doc.pack.agentPrepositions.has(head.lower)) return null;
  return anySubject || isSpeakerLike(doc, subject, words) ? subject : null;
}

/** A phrase that names someone who speaks: a pronoun, a role or body ("Sprecher", "Behörde"), or a name the article used before. */
export function isSpeakerLike(doc: Doc, [from, to]: Range, words: SpeakerPack): boolean {
  const { tokens, text } = doc;
  // With an article, only a role or body is a speaker ("Der Bundespräsident", "Die japanischen Behörden"), not any noun.
  const article = doc.pack.determiners.has(tokens[from]!.lower);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') continue;
    if (k === from && article) continue;
    for (const ending of words.roleEndings) if (t.lower.endsWith(ending)) return true;
    // The head noun of a phrase with an article decides ("Die Angriffe auf den Finanzexperten" is no speaker).
    if (article && isCapitalized(t)) return false;
    if (article) continue;
    // A name: written with a capital inside the sentence and met earlier in the article ("Steinbrück", "Klaus Wowereit").
    if (isCapitalized(t) && t.text.length > 2) {
      const earlier = text.lastIndexOf(t.text, doc.sentences[t.sentence]!.start - 1);
      if (earlier >= 0 && !/[\p{L}]/u.test(text[earlier + t.text.length] ?? ' ')) return true;
    }
  }
  return false;
}

/** ", der in der ARD …" / ", die die Maschine …": a relative clause, not an apposition ("der Sprecher der Polizei"). */
export function isRelativeClause(doc: Doc, k: number, words: SpeakerPack): boolean {
  const t = doc.tokens[k];
  if (!t || !words.relativePronouns.has(t.lower)) return false;
  if (t.lower.startsWith('welch') || t.lower === 'dessen' || t.lower === 'deren') return true;
  const next = doc.tokens[k + 1];
  if (!next || next.type === 'quote') return false;
  if (isCapitalized(next)) return false;
  // "der Eigentümer, das auch die Dortmunder „Ruhr Nachrichten“ verlegende Medienhaus Lensing, …": an apposition.
  if (opensAttributedNoun(doc.tokens, k + 1, doc.pack)) return false;
  // "der amtierende Minister" is an apposition; "die die Maschine untersuchten", "der wegen …" a relative clause.
  const plain = !doc.pack.determiners.has(next.lower) && !words.adverbialOpeners.has(next.lower);
  if (plain && isAdjectiveLike(next, doc.pack) && (isCapitalized(doc.tokens[k + 2]) || isAdjectiveLike(doc.tokens[k + 2], doc.pack))) return false;
  return true;
}

/** The first clause punctuation after token i (quote marks do not end a phrase: "die Zeitung „Golem“"). */
export function phraseLimit(tokens: readonly Token[], i: number, sentence: Sentence): number {
  for (let k = i + 1; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || (TERMINAL_PUNCT.has(t.text) && !isOrdinalDot(tokens as Token[], k))) return k;
  }
  return sentence.tokenEnd;
}
