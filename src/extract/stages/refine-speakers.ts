import { firstIndexWhere } from '../first-index-where.js';
import { getSpeakerPack } from '../lang/speaker-pack-registry.js';
import type { SpeakerPack } from '../lang/speaker-pack.js';
import type { Attribution, CueCandidate, Sentence, Span, Token, WithAttributions } from '../types.js';
import { clauseStart } from './find-cues.js';
import { readSpeakerForward, type Range } from './speaker-phrase.js';
import { CLAUSE_PUNCT, isAdjectiveLike, isCapitalized, TERMINAL_PUNCT } from './token-tests.js';

const COORDINATORS = new Set(['und', 'sowie', 'oder', 'and', 'or']);
const LEADING_CONJUNCTIONS = new Set(['und', 'aber', 'doch', 'denn', 'oder', 'sondern', 'and', 'but']);
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Stage: settles each attribution's speaker span as the mention written in
 * the sentence. For a verb cue it picks the subject: the pronoun or noun
 * phrase after the finite verb when the field before the verb is an
 * adverbial or an object ("Um 10 Uhr meldete die Zeitung", "Die Tat
 * bezeichnete er als sinnlos"), the relative pronoun of a relative clause
 * ("Ägypten, das vorschlug"). Then it shapes the span: focus particles and
 * relative clauses out ("selbst die Zeitung", "der NDR, der …"),
 * appositions in ("Bill Graham, Parteichef der Liberalen"; "Stephen
 * Singer, ein Klimaexperte"). Attributions that took over a speaker
 * (continuations) follow the change.
 */
export function refineSpeakers(doc: WithAttributions): WithAttributions {
  const words = getSpeakerPack(doc.language);
  const cues = new Map<string, CueCandidate>();
  for (const cue of doc.cues) cues.set(keyOf(cue.cue), cue);
  const moved = new Map<string, Span | null>();
  const refined = doc.attributions.map((attribution) => {
    const cue = attribution.cue ? cues.get(keyOf(attribution.cue)) : undefined;
    if (!cue) return attribution;
    const old = attribution.speaker ? rangeOf(doc.tokens, attribution.speaker) : null;
    const anaphor = cue.tokenIds.length === 1 && words.sourceAnaphors.has(doc.tokens[cue.tokenIds[0]!]!.lower);
    // "Demnach sei …": the adverb stands for the previous source and is the speaker mention (resolution finds the source).
    if (anaphor) return { ...attribution, speaker: spanOf(doc, [cue.tokenIds[0]!, cue.tokenIds[0]! + 1]) };
    const chosen = cue.type === 'verb' && !cue.passive ? chooseVerbSubject(doc, cue, old, words) : old;
    const range = chosen ? shapeSpeaker(doc, chosen, cue, words) : null;
    const speaker = range ? spanOf(doc, range) : null;
    if (sameSpan(speaker, attribution.speaker)) return attribution;
    // Continuations that took this speaker over follow the change (not when the speaker itself was taken over).
    if (attribution.speaker && old && doc.tokens[old[0]]!.sentence === cue.sentence) moved.set(keyOf(attribution.speaker), speaker);
    return range ? withoutSpeaker({ ...attribution, speaker }, range, doc) : { ...attribution, speaker };
  });
  const followed = refined.map((attribution) => {
    if (attribution.cue || !attribution.speaker) return attribution;
    const speaker = moved.get(keyOf(attribution.speaker));
    return speaker === undefined ? attribution : { ...attribution, speaker };
  });
  return { ...doc, attributions: continueFromSubjects(doc, followed, words) };
}

type Doc = WithAttributions;

/**
 * A continuation (reported speech or a quote with no cue of its own) right
 * after a sentence that is no attribution continues that sentence's
 * subject: "Larson gab sich optimistisch. Man sei gut aufgestellt." Later
 * continuations of the same stretch follow it.
 */
function continueFromSubjects(doc: Doc, attributions: Attribution[], words: SpeakerPack): Attribution[] {
  const { tokens, sentences } = doc;
  const attributed = new Uint8Array(sentences.length);
  for (const a of attributions) {
    const first = tokens[a.contentTokens[0]]!.sentence;
    const last = tokens[a.contentTokens[1] - 1]!.sentence;
    attributed.fill(1, first, last + 1);
    if (a.cue) attributed[tokens[rangeOf(tokens, a.cue)[0]]!.sentence] = 1;
  }
  const replaced = new Map<string, Span>();
  return attributions.map((a) => {
    if (a.cue) return a;
    const inherited = a.speaker ? replaced.get(keyOf(a.speaker)) : undefined;
    if (inherited) return { ...a, speaker: inherited };
    const sentence = tokens[a.contentTokens[0]]!.sentence;
    const previous = sentences[sentence - 1];
    if (!previous || attributed[previous.index] || sentences[sentence]!.paragraph - previous.paragraph > 1) return a;
    // A sentence introducing a quote with a colon ("Zypries sieht darin eine Bestätigung:") or one whose subject is a name.
    const colon = tokens[previous.tokenEnd - 1]?.text === ':';
    const subject = sentenceSubject(doc, previous, words, colon);
    if (!subject) return a;
    const speaker = spanOf(doc, subject);
    if (a.speaker) replaced.set(keyOf(a.speaker), speaker);
    return { ...a, speaker };
  });
}

/** The subject of a sentence without a cue: the field before its first verb, or the phrase after the verb when that field is an adverbial. */
function sentenceSubject(doc: Doc, sentence: Sentence, words: SpeakerPack, anySubject: boolean): Range | null {
  const { tokens, pack } = doc;
  let start = sentence.tokenStart;
  while (start < sentence.tokenEnd && (LEADING_CONJUNCTIONS.has(tokens[start]!.lower) || words.focusParticles.has(tokens[start]!.lower))) start++;
  let verb = -1;
  let depth = 0;
  for (let k = start + 1; k < sentence.tokenEnd && k - start < 30; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote') depth = depth === 0 ? 1 : 0;
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.type !== 'word' || isCapitalized(t) || /^\d/.test(t.text)) continue;
    if (pack.determiners.has(t.lower) || pack.speakerInnerWords.has(t.lower) || words.coordinators.has(t.lower) || isAdjectiveLike(t, pack) && isCapitalized(tokens[k + 1])) continue;
    if (words.adverbialOpeners.has(t.lower) && k > start) continue;
    verb = k;
    break;
  }
  if (verb < 0) return null;
  // A relative clause or apposition before the verb: the verb follows its closing comma.
  let subject: Range | null;
  if (isNonSubjectField(tokens, [start, verb], words)) {
    let k = verb + 1;
    while (k < sentence.tokenEnd && words.skippableAfterVerb.has(tokens[k]!.lower)) k++;
    const t = tokens[k];
    if (!t || !(words.nominativePronouns.has(t.lower) || words.subjectOpeners.has(t.lower) || isCapitalized(t))) return null;
    subject = words.nominativePronouns.has(t.lower) ? [k, k + 1] : readSpeakerForward(tokens, k, phraseLimit(tokens, k, sentence), pack, true);
  } else {
    subject = fieldSubject(doc, start, verb, words);
  }
  if (!subject) return null;
  const head = tokens[subject[0]]!;
  if (words.demonstratives.has(head.lower) || head.lower === 'es' || words.objectOpeners.has(head.lower) || doc.pack.agentPrepositions.has(head.lower)) return null;
  return anySubject || isSpeakerLike(doc, subject, words) ? subject : null;
}

/** A phrase that names someone who speaks: a pronoun, a role or body ("Sprecher", "Behörde"), or a name the article used before. */
function isSpeakerLike(doc: Doc, [from, to]: Range, words: SpeakerPack): boolean {
  const { tokens, text } = doc;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') continue;
    if (k === from && doc.pack.determiners.has(t.lower)) return false;
    for (const ending of words.roleEndings) if (t.lower.endsWith(ending)) return true;
    // A name: written with a capital inside the sentence and met earlier in the article ("Steinbrück", "Klaus Wowereit").
    if (isCapitalized(t) && t.text.length > 2) {
      const earlier = text.lastIndexOf(t.text, doc.sentences[t.sentence]!.start - 1);
      if (earlier >= 0 && !/[\p{L}]/u.test(text[earlier + t.text.length] ?? ' ')) return true;
    }
  }
  return false;
}

/** A content that began inside the (now longer) speaker span starts after it: "…, Mohammed el-Baradei, Nordkorea besitze …". */
function withoutSpeaker(attribution: Attribution, [from, to]: Range, doc: Doc): Attribution {
  const [start, end] = attribution.contentTokens;
  if (start < from || start >= to || end <= to) return attribution;
  let first = to;
  while (first < end && doc.tokens[first]!.type === 'punct') first++;
  if (first >= end) return attribution;
  const content = spanOf(doc, [first, end]);
  return { ...attribution, content, contentTokens: [first, end] };
}

/** The subject of a verb cue, given the speaker the attribution stage read (`old`). */
function chooseVerbSubject(doc: Doc, cue: CueCandidate, old: Range | null, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  const sentence = doc.sentences[cue.sentence]!;
  const verb = cue.tokenIds.find((id) => !pack.cueSubordinators.has(tokens[id]!.lower)) ?? cue.tokenIds[0]!;
  const cs = clauseStart(tokens, verb, sentence);
  const opener = tokens[cs]!;
  // A relative clause: "Ägypten, das vorschlug, …" (the relative pronoun), "…, die er nannte" (the pronoun after it).
  if (cs < verb && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',' && words.relativePronouns.has(opener.lower)) {
    const next = tokens[cs + 1]!;
    if (words.nominativePronouns.has(next.lower) || words.ambiguousPronouns.has(next.lower)) return [cs + 1, cs + 2];
    if (!words.objectOpeners.has(opener.lower) && opener.lower !== 'deren' && opener.lower !== 'dessen' && opener.lower !== 'denen'
      && !pack.determiners.has(next.lower) && !isCapitalized(next)) return [cs, cs + 1];
    return old;
  }
  if (pack.quotingVerbs.has(cue.lemma)) return old;
  // A subordinate clause ends with its verb ("Wie die Polizei mitteilte,"); "Als Begründung sagte ein Arzt" is a main clause.
  // Verb-final: nothing but cue words (a separable particle) follows the verb in its clause.
  const limit = phraseLimit(tokens, verb, sentence);
  let verbFinal = true;
  for (let k = verb + 1; k < limit && verbFinal; k++) verbFinal = cue.tokenIds.includes(k);
  if ((pack.subordinators.has(opener.lower) || pack.cueSubordinators.has(opener.lower)) && (verbFinal || cs === verb)) {
    if (old || cs === verb) return old;
    // "Wie schon die WHO sagte": adverbs may stand between the subordinator and the subject.
    let k = cs + 1;
    while (k < verb && (words.adverbs.has(tokens[k]!.lower) || words.skippableAfterVerb.has(tokens[k]!.lower))) k++;
    return readSpeakerForward(tokens, k, verb, pack);
  }
  let from = cs;
  while (from < verb && LEADING_CONJUNCTIONS.has(tokens[from]!.lower)) from++;
  const after = subjectAfterVerb(doc, cue, verb, sentence, words);
  if (after?.strong) return after.range;
  const afterVerb = !old || old[0] > verb;
  if (from >= verb && afterVerb && !(old && words.nominativePronouns.has(tokens[old[0]]!.lower)) && cs > sentence.tokenStart && tokens[cs - 1]!.text === ',') {
    // "Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte": the subject with its apposition opens the sentence.
    let start = sentence.tokenStart;
    while (start < verb && LEADING_CONJUNCTIONS.has(tokens[start]!.lower)) start++;
    const field = tokens[start]!.type === 'quote' ? null : fieldSubject(doc, start, verb, words);
    if (field || !old) return field;
  }
  if (from >= verb) return old ?? after?.range ?? null;
  if (old && old[0] > verb) {
    // An object after the verb was taken for the subject; a noun phrase before the verb is the subject in the usual order.
    if (words.nominativePronouns.has(tokens[old[0]]!.lower)) return old;
    return fieldSubject(doc, from, verb, words) ?? old;
  }
  if (!after) return old ?? fieldSubject(doc, from, verb, words);
  return isNonSubjectField(tokens, [from, verb], words) ? after.range : old ?? fieldSubject(doc, from, verb, words);
}

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
  let head = readSpeakerForward(tokens, from, to, pack);
  // The field before the verb is one constituent: coordinated phrases and prepositional attributes belong to it
  // ("Der frühere Bürgermeister und Justizsenator", "Das Parlament in Mexiko-Stadt").
  while (head && head[1] < to && (COORDINATORS.has(tokens[head[1]]!.lower) || words.adverbialOpeners.has(tokens[head[1]]!.lower))) {
    const next = readSpeakerForward(tokens, head[1] + 1, to, pack);
    if (!next) break;
    head = [head[0], next[1]];
  }
  if (!head || head[0] !== from) return null;
  if (head[1] === to) return [from, to];
  if (tokens[head[1]]!.text !== ',') return null;
  for (let k = head[1]; k < to; k++) {
    const t = tokens[k]!;
    if (TERMINAL_PUNCT.has(t.text) || t.text === ':' || t.text === ';') return null;
  }
  const rest = head[1] + 1;
  const apposition = readSpeakerForward(tokens, rest, to, pack);
  if (isRelativeClause(doc, rest, words) || (apposition && (apposition[1] === to || tokens[apposition[1]]!.text === ','))) return [from, to];
  return null;
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

/** Whether the field before the verb is an adverbial or an object rather than the subject. */
function isNonSubjectField(tokens: Token[], [from, to]: Range, words: SpeakerPack): boolean {
  const first = tokens[from]!;
  if (words.adverbialOpeners.has(first.lower) || words.objectOpeners.has(first.lower)) return true;
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
  const adverb = /(lich|weise|mals|dings|halb|wegen|end|lang|ell)$/.test(first.lower) && first.lower.length > 6;
  return adverb && (to - from === 1 || words.adverbialOpeners.has(tokens[from + 1]!.lower));
}

/** Focus particles and relative clauses out, appositions in. */
function shapeSpeaker(doc: Doc, range: Range, cue: CueCandidate, words: SpeakerPack): Range {
  const { tokens } = doc;
  let [from, to] = range;
  while (to - from > 1 && words.focusParticles.has(tokens[from]!.lower) && opensPhrase(doc, from + 1)) from++;
  for (let k = from + 1; k < to; k++) {
    // A relative clause, and a cue word inside the span ("sprach Angela Merkel von …"), end the speaker.
    if ((tokens[k]!.text === ',' && isRelativeClause(doc, k + 1, words)) || cue.tokenIds.includes(k)) { to = k; break; }
  }
  while (to - from > 1 && words.trailingParticles.has(tokens[to - 1]!.lower)) to--;
  to = extendPlace(doc, [from, to], cue, words);
  to = extendApposition(doc, [from, to], cue, words);
  from = extendNameBefore(doc, [from, to], cue);
  return [from, to];
}

function opensPhrase(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  return t.type === 'quote' || isCapitalized(t) || doc.pack.determiners.has(t.lower) || isAdjectiveLike(t, doc.pack);
}

/** ", der in der ARD …" / ", die die Maschine …": a relative clause, not an apposition ("der Sprecher der Polizei"). */
function isRelativeClause(doc: Doc, k: number, words: SpeakerPack): boolean {
  const t = doc.tokens[k];
  if (!t || !words.relativePronouns.has(t.lower)) return false;
  if (t.lower.startsWith('welch') || t.lower === 'dessen' || t.lower === 'deren') return true;
  const next = doc.tokens[k + 1];
  if (!next || next.type === 'quote') return false;
  if (isCapitalized(next)) return false;
  // "der amtierende Minister" is an apposition; "die die Maschine untersuchten", "der wegen …" a relative clause.
  const plain = !doc.pack.determiners.has(next.lower) && !words.adverbialOpeners.has(next.lower);
  if (plain && isAdjectiveLike(next, doc.pack) && (isCapitalized(doc.tokens[k + 2]) || isAdjectiveLike(doc.tokens[k + 2], doc.pack))) return false;
  return true;
}

/** A place attribute after an inverted subject, closing its clause: "kündigte die Regierung in Lomé an", "sagte ein Sprecher in Berlin". */
function extendPlace(doc: Doc, [from, to]: Range, cue: CueCandidate, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  const preposition = tokens[to];
  // Only after a noun phrase with an article ("sagte Seibert in Berlin": the place belongs to the verb).
  if (!preposition || !words.placePrepositions.has(preposition.lower) || from < cue.tokenIds[0]! || !words.subjectOpeners.has(tokens[from]!.lower)) return to;
  const place = tokens[to + 1];
  if (!place || !isCapitalized(place) || words.timeWords.has(place.lower)) return to;
  const sentence = doc.sentences[place.sentence]!;
  const limit = phraseLimit(tokens, to, sentence);
  const range = readSpeakerForward(tokens, to + 1, limit, pack, true);
  return range && (range[1] >= limit || cue.tokenIds.includes(range[1])) ? range[1] : to;
}

/** "sagte Bill Graham, Parteichef der Liberalen." / "Ein Sprecher der Polizei, Lars Beringer, sagte": the apposition belongs to the speaker. */
function extendApposition(doc: Doc, [from, to]: Range, cue: CueCandidate, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  if (tokens[to]?.text !== ',') return to;
  const sentence = doc.sentences[tokens[from]!.sentence]!;
  if (isRelativeClause(doc, to + 1, words)) return to;
  const apposition = readSpeakerForward(tokens, to + 1, sentence.tokenEnd, pack);
  if (!apposition) return to;
  const first = tokens[apposition[0]]!;
  if (!isCapitalized(first) && !pack.determiners.has(first.lower)) return to;
  const close = tokens[apposition[1]];
  const cueStart = Math.min(...cue.tokenIds);
  if (to <= cueStart) {
    // Before the cue: the apposition closes with a comma right before the verb.
    return close?.text === ',' && apposition[1] + 1 === cueStart ? apposition[1] : to;
  }
  // After the cue: the apposition runs to the end of the sentence or closes with a comma or colon.
  if (!close || TERMINAL_PUNCT.has(close.text) || apposition[1] >= sentence.tokenEnd || close.text === ',' || close.text === ':') return apposition[1];
  return to;
}

/** "erklärte Stephen Singer, ein Klimaexperte vom WWF": a name before a comma that opens the speaker's clause. */
function extendNameBefore(doc: Doc, [from, to]: Range, cue: CueCandidate): number {
  const { tokens, pack } = doc;
  if (tokens[from - 1]?.text !== ',') return from;
  const head = tokens[from]!;
  if (!isCapitalized(head) && !pack.determiners.has(head.lower)) return from;
  let k = from - 2;
  const sentence = doc.sentences[head.sentence]!;
  while (k >= sentence.tokenStart && from - 2 - k < 4 && isCapitalized(tokens[k]) && !pack.determiners.has(tokens[k]!.lower)
    && !pack.speakerStopWords.has(tokens[k]!.lower) && !cue.tokenIds.includes(k)) k--;
  const start = k + 1;
  if (start > from - 2) return from;
  const before = tokens[k];
  const opens = k < sentence.tokenStart || cue.tokenIds.includes(k) || before?.type === 'quote' || (before?.type === 'punct' && before.text !== ',');
  if (!opens || to - start > 30) return from;
  // At least two name words, or one after the cue ("sagte Wiefelspütz, der innenpolitische Sprecher").
  return from - 1 - start >= 2 || cue.tokenIds.includes(k) ? start : from;
}

/** The first clause punctuation after token i (quote marks do not end a phrase: "die Zeitung „Golem“"). */
function phraseLimit(tokens: readonly Token[], i: number, sentence: Sentence): number {
  for (let k = i + 1; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || TERMINAL_PUNCT.has(t.text)) return k;
  }
  return sentence.tokenEnd;
}

function keyOf(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}

function sameSpan(a: Span | null, b: Span | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

/** Token range covering a span (tokens sorted by offset). */
function rangeOf(tokens: readonly Token[], span: Span): Range {
  const from = firstIndexWhere(tokens, (t) => t.end > span.start);
  const to = firstIndexWhere(tokens, (t) => t.start >= span.end);
  return [from, Math.max(from + 1, to)];
}

function spanOf(doc: Doc, [from, to]: Range): Span {
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[to - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
}
