import { firstIndexWhere } from '../first-index-where.js';
import { getSpeakerPack } from '../lang/speaker-pack-registry.js';
import type { SpeakerPack } from '../lang/speaker-pack.js';
import type { Attribution, CueCandidate, Span, Token, WithAttributions } from '../types.js';
import { fillPrepositionalField, shapeSpeaker } from './shape-speaker.js';
import { readSpeakerForward, type Range } from './speaker-phrase.js';
import { isAdjectiveLike, isCapitalized } from './token-tests.js';
import { clauseStartOverShortQuotes } from './find-cues.js';
import { afterLeadingConjunctions, chooseVerbSubject, isSpeakerLike, LEADING_CONJUNCTIONS, quotedSubject, sentenceSubject, sentenceVerb } from './choose-verb-subject.js';

/**
 * Stage: settles each attribution's speaker span as the mention written in
 * the sentence. For a verb cue it picks the subject: the pronoun or noun
 * phrase after the finite verb when the field before the verb is an
 * adverbial or an object ("Um 10 Uhr meldete die Zeitung", "Die Tat
 * bezeichnete er als sinnlos"), the relative pronoun of a relative clause
 * ("Ägypten, das vorschlug"). Then it shapes the span: focus particles and
 * relative clauses out ("selbst die Zeitung", "der NDR, der …"),
 * appositions in ("Bill Graham, Parteichef der Liberalen"; "Stephen
 * Singer, ein Klimaexperte"); a prepositional source before the verb fills
 * its field ("Nach Angaben des Bundesamtes in Flensburg"); "Demnach" is
 * the mention of the source before it. Attributions that took over a
 * speaker (continuations) follow the change, and a continuation after a
 * sentence that is no attribution takes that sentence's named subject.
 * Subjects are read in choose-verb-subject.ts, spans shaped in shape-speaker.ts.
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
    // English "X quoted Y as saying …": the quoted person read between the verbs is the speaker (not the subject of
    // the clause, "…, TASS, which quoted spokesman Dmitry Peskov as saying …").
    if (!doc.pack.nounsCapitalized && old && doc.tokens[cue.tokenIds[0]! - 1]?.lower === 'as' && old[1] < cue.tokenIds[0]!) return attribution;
    const chosen = cue.type === 'verb' && !cue.passive ? chooseVerbSubject(doc, cue, old, words)
      : cue.type === 'verb' ? quotedSubject(doc, cue, old, words)
        : cue.type === 'preposition' && old ? fillPrepositionalField(doc, cue, old, words) : old;
    const shaped = chosen ? shapeSpeaker(doc, chosen, cue, words) : null;
    // "geht man davon aus", "so glaubt man": the impersonal pronoun names no speaker.
    const range = shaped && shaped[1] - shaped[0] === 1 && (words.impersonalPronouns.has(doc.tokens[shaped[0]]!.lower) || loneArticle(doc, shaped[0], words)) ? null : shaped;
    const speaker = range ? spanOf(doc, range) : null;
    if (sameSpan(speaker, attribution.speaker)) return attribution;
    // Continuations that took this speaker over follow the change (not when the speaker itself was taken over).
    if (attribution.speaker && old && doc.tokens[old[0]]!.sentence === cue.sentence) moved.set(keyOf(attribution.speaker), speaker);
    return range ? withoutSpeaker({ ...attribution, speaker }, range, doc) : { ...attribution, speaker };
  });
  shareCoordinatedSubjects(doc, refined, cues, words, moved);
  const followed = refined.map((attribution) => {
    if (attribution.cue || !attribution.speaker) return attribution;
    const speaker = moved.get(keyOf(attribution.speaker));
    return speaker === undefined ? attribution : { ...attribution, speaker };
  });
  return { ...doc, attributions: continueFromSubjects(doc, followed, words) };
}

type Doc = WithAttributions;

/**
 * A verb cue right after "und" shares the subject of the verb before it: "Die Äußerungen bezeichnete Wiefelspütz als
 * „Knaller“ und glaubt, …" (the speaker of the cue before), "… biss der Randalierer den Fluggast und rief: „…“" (the
 * subject of the clause before). What follows the second verb is its object ("und bemühte hier das Bild"), unless it is a
 * nominative pronoun ("und fügte er hinzu").
 */
function shareCoordinatedSubjects(doc: Doc, attributions: Attribution[], cues: Map<string, CueCandidate>, words: SpeakerPack, moved: Map<string, Span | null>): void {
  const { tokens } = doc;
  const verbCues: Array<{ index: number; cue: CueCandidate }> = [];
  attributions.forEach((a, index) => {
    const cue = a.cue ? cues.get(keyOf(a.cue)) : undefined;
    if (cue && cue.type === 'verb' && !cue.passive) verbCues.push({ index, cue });
  });
  for (const { index, cue } of verbCues) {
    const verb = cue.tokenIds[0]!;
    const sentence = doc.sentences[cue.sentence]!;
    if (verb - 1 <= sentence.tokenStart) continue;
    // "…, wollte sich nicht festlegen, sagte aber, …": a verb after a comma with a particle and no subject of its own.
    const elliptic = tokens[verb - 1]!.text === ',' && ELLIPTIC_PARTICLES.has(tokens[verb + 1]?.lower ?? '') && !cue.tokenIds.includes(verb + 1);
    if (!elliptic && !words.coordinators.has(tokens[verb - 1]!.lower)) continue;
    const a = attributions[index]!;
    // (After a subject with a relative clause the verb is the main verb: "Der 84-jährige Küng, der … gilt, hofft aber, …".)
    if (elliptic && a.speaker && rangeOf(tokens, a.speaker)[0] < verb) continue;
    const current = a.speaker ? rangeOf(tokens, a.speaker) : null;
    if (current && current[0] > verb && current[0] === verb + 1 && words.nominativePronouns.has(tokens[current[0]]!.lower)) continue;
    if (current && current[0] < verb - 1 && tokens[current[0]]!.sentence === cue.sentence && current[0] > clauseStartBefore(doc, verb - 1)) continue;
    // The cue before the coordinator in the same sentence, nearest first.
    let shared: Span | null = null;
    let earlierCue = false;
    for (const other of verbCues) {
      const last = other.cue.tokenIds[other.cue.tokenIds.length - 1]!;
      if (other.cue.sentence !== cue.sentence || other.index === index || last >= verb - 1) continue;
      const speaker = attributions[other.index]!.speaker;
      earlierCue = true;
      if (speaker && tokens[rangeOf(tokens, speaker)[0]]!.sentence === cue.sentence) shared = speaker;
    }
    if (!shared && !earlierCue) {
      const subject = elliptic ? sentenceSubject(doc, { ...sentence, tokenEnd: verb - 1 }, words, true)
        : clauseSubject(doc, clauseStartBefore(doc, verb - 1), verb - 1, words);
      if (subject) shared = spanOf(doc, subject);
    }
    if (!shared || sameSpan(shared, a.speaker)) continue;
    if (a.speaker) moved.set(keyOf(a.speaker), shared);
    attributions[index] = { ...a, speaker: shared };
  }
}

/**
 * The subject of the main clause [start, end): the sentence's own subject when the clause opens the sentence, or the
 * phrase after the verb of a clause that opens with its verb after a subordinate clause ("Als …, biss der Randalierer …").
 */
function clauseSubject(doc: Doc, start: number, end: number, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  const sentence = doc.sentences[tokens[start]!.sentence]!;
  const first = afterLeadingConjunctions(tokens, sentence.tokenStart, end);
  if (start <= first) return sentenceSubject(doc, { ...sentence, tokenEnd: end }, words, true);
  // A clause after a comma that opens with its verb, after a main clause: an elliptic clause sharing the sentence's subject
  // ("Einer der Putschisten, Harouna Djibrilla Adamou, dankte den Menschen und ergänzte, …"; "X möchte …, nimmt die
  // Abgeordneten in Schutz und warnt …", where "die Abgeordneten" is an object).
  const verb = tokens[start]!;
  if (!pack.subordinators.has(tokens[first]!.lower)) {
    const opensWithVerb = verb.type === 'word' && !isCapitalized(verb) && !pack.determiners.has(verb.lower) && !words.adverbialOpeners.has(verb.lower)
      && !pack.subordinators.has(verb.lower) && !words.relativePronouns.has(verb.lower) && !words.nominativePronouns.has(verb.lower);
    // (The clause's verb stays in reach: the main clause may hold no verb before the comma, "X, Apposition, dankte …".)
    return opensWithVerb ? sentenceSubject(doc, { ...sentence, tokenEnd: start + 1 }, words, true) : null;
  }
  // After a subordinate clause opening the sentence the main clause's subject follows its verb ("Als …, biss der Randalierer …").
  if (tokens[start - 1]!.text !== ',' || verb.type !== 'word' || isCapitalized(verb) || pack.determiners.has(verb.lower)
    || words.adverbialOpeners.has(verb.lower) || pack.subordinators.has(verb.lower) || words.relativePronouns.has(verb.lower)) return null;
  let k = start + 1;
  while (k < end && words.skippableAfterVerb.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  if (!t || k >= end) return null;
  if (words.nominativePronouns.has(t.lower)) return [k, k + 1];
  if (!words.subjectOpeners.has(t.lower) && !(isCapitalized(t) && !pack.speakerStopWords.has(t.lower))) return null;
  return readSpeakerForward(tokens, k, end, pack, true);
}

/** Particles right after the verb of a clause whose subject is elided after a comma ("…, sagte aber, …", "…, sprach jedoch von …"). */
const ELLIPTIC_PARTICLES = new Set(['aber', 'jedoch', 'allerdings', 'zudem', 'außerdem', 'ebenfalls', 'dann', 'zugleich', 'gleichzeitig']);

/** The start of the clause ending at `end`, read over subordinate clauses set off by commas before the main clause. */
function clauseStartBefore(doc: Doc, end: number): number {
  const sentence = doc.sentences[doc.tokens[end]!.sentence]!;
  return clauseStartOverShortQuotes(doc, end, sentence);
}

/** Prepositions of a verb phrase with an utterance noun ("zum Ausdruck bringen", "mit Kritik sparen"). */
const INTRO_PREPOSITIONS = new Set(['zum', 'zur', 'mit', 'zu', 'in', 'im', 'vom', 'von']);

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
  const out: Attribution[] = [];
  for (const a of attributions) out.push(continueOne(a));
  return out;
  function continueOne(a: Attribution): Attribution {
    if (a.cue) return a;
    // A stretch after a continuation that took a new speaker follows it, unless a sentence of its own names another one;
    // so does one after an attribution whose speaker is settled only here (speakerFrom, earlier in text order).
    const inherited = a.speaker ? replaced.get(keyOf(a.speaker)) : a.speakerFrom !== undefined ? out[a.speakerFrom]?.speaker ?? undefined : undefined;
    const sentence = tokens[a.contentTokens[0]]!.sentence;
    const own = sentences[sentence]!;
    const opening = a.contentTokens[0] - 1;
    if (opening > own.tokenStart + 1 && (tokens[opening]!.text === ',' || tokens[opening]!.text === ':') && opensOwnClause(doc, own.tokenStart, opening)) {
      // The content is a clause after a main clause of its own sentence ("Die Experten kamen zu dem Ergebnis, dass …"): that clause's subject.
      const subject = sentenceSubject(doc, { ...own, tokenEnd: opening }, words, true)
        ?? (tokens[opening]!.text === ':' ? verblessIntro(doc, own.tokenStart, opening, words) : null);
      if (subject) {
        const speaker = spanOf(doc, subject);
        if (a.speaker) replaced.set(keyOf(a.speaker), speaker);
        return withIntroCue({ ...a, speaker }, { ...own, tokenEnd: opening }, tokens[opening]!.text === ':');
      }
    }
    const previous = sentences[sentence - 1];
    const fallback = inherited ? { ...a, speaker: inherited } : a;
    if (!previous || attributed[previous.index] || sentences[sentence]!.paragraph - previous.paragraph > 1) return fallback;
    // A sentence introducing a quote with a colon ("Zypries sieht darin eine Bestätigung:") or one whose subject is a name.
    const colon = tokens[previous.tokenEnd - 1]?.text === ':';
    const subject = sentenceSubject(doc, previous, words, colon) ?? passiveAgent(doc, previous, words);
    if (!subject) return fallback;
    const speaker = spanOf(doc, subject);
    if (a.speaker) replaced.set(keyOf(a.speaker), speaker);
    return withIntroCue({ ...a, speaker }, { ...previous, tokenEnd: previous.tokenEnd - 1 }, colon && a.contentTokens[0] === own.tokenStart);
  }
  /** A quote introduced by a main clause ending in a colon ("Hier sparte der Bundespräsident nicht mit Kritik: „…“"): the clause's verb is its cue. */
  function withIntroCue(a: Attribution, intro: Doc['sentences'][number], colon: boolean): Attribution {
    if (!colon || a.kind !== 'direct') return a;
    const verb = sentenceVerb(doc, intro, words);
    if (verb < 0) return a;
    // The utterance noun closes the clause, only its verbs after it ("zu dem Zwischenruf hinreißen lassen", "die Worte zu lesen").
    let noun = intro.tokenEnd - 1;
    while (noun > verb && noun >= intro.tokenEnd - 2 && tokens[noun]!.type === 'word' && !isCapitalized(tokens[noun]!)) noun--;
    if (noun <= verb + 0 || !words.utteranceNouns.has(tokens[noun]!.lower) || !isCapitalized(tokens[noun]!)) return a;
    // With its article or preposition ("zum Ausdruck", "mit Kritik", "die Worte").
    let start = noun;
    while (start - 1 > verb && noun - start < 2 && (doc.pack.determiners.has(tokens[start - 1]!.lower) || INTRO_PREPOSITIONS.has(tokens[start - 1]!.lower))) start--;
    const main = spanOf(doc, [verb, verb + 1]);
    const object = spanOf(doc, [start, intro.tokenEnd]);
    return { ...a, cue: { text: doc.text.slice(main.start, object.end), start: main.start, end: object.end, parts: [main, object] }, cueType: 'verb' };
  }
}
/**
 * The agent of a passive sentence: "Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch
 * bezeichnet." -> "Bundesverkehrsminister Manfred Stolpe" (a role or a known name, without its preposition).
 */
function passiveAgent(doc: Doc, sentence: Doc['sentences'][number], words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  let end = sentence.tokenEnd;
  while (end > sentence.tokenStart && tokens[end - 1]!.type === 'punct') end--;
  const participle = tokens[end - 1];
  if (!participle || participle.type !== 'word' || isCapitalized(participle)) return null;
  let auxiliary = -1;
  for (let k = sentence.tokenStart; k < end - 1 && auxiliary < 0; k++) if (pack.passiveAuxiliaries.has(tokens[k]!.lower)) auxiliary = k;
  if (auxiliary < 0) return null;
  for (let k = auxiliary + 1; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.type === 'quote') return null;
    if (!pack.agentPrepositions.has(t.lower)) continue;
    const agent = readSpeakerForward(tokens, k + 1, end - 1, pack);
    return agent && agent[0] === k + 1 && isSpeakerLike(doc, agent, words) ? agent : null;
  }
  return null;
}

/** A noun phrase without a verb introducing a quote with a colon: "Ein Beamter der Nationalpolizei: „…“", "Ein Hauptkommissar nach der Festnahme: „…“". */
function verblessIntro(doc: Doc, from: number, colon: number, words: SpeakerPack): Range | null {
  const { tokens, pack } = doc;
  const start = afterLeadingConjunctions(tokens, from, colon);
  const phrase = readSpeakerForward(tokens, start, colon, pack);
  const head = tokens[start]!.lower;
  if (!phrase || phrase[0] !== start || words.demonstratives.has(head) || words.adverbialOpeners.has(head) || pack.speakerStopWords.has(head)) return null;
  for (let k = phrase[1]; k < colon; k++) {
    const t = tokens[k]!;
    const nominal = isCapitalized(t) || pack.determiners.has(t.lower) || /^\d/.test(t.text) || words.adverbialOpeners.has(t.lower)
      || (isAdjectiveLike(t, pack) && isCapitalized(tokens[k + 1]))
      || words.attributePrepositions.has(t.lower) || t.text === '(' || t.text === ')' || t.text === ',';
    if (!nominal) return null;
  }
  return phrase;
}

/** The clause before the content is the author's (no reported mood) and the content is not a coordinated main clause ("…, und so würden sie …"). */
function opensOwnClause(doc: Doc, from: number, opening: number): boolean {
  const { tokens, pack } = doc;
  const first = tokens[opening + 1];
  if (!first || LEADING_CONJUNCTIONS.has(first.lower)) return false;
  for (let k = from; k < opening; k++) if (pack.reportedMoodForms.has(tokens[k]!.lower) || pack.continuationMoodForms.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * An article standing alone where no relative clause opens ("herrschte die Meinung vor", "erging die Aufforderung"): the
 * article of the cue's own noun, no speaker. A relative pronoun follows a comma or a preposition ("…, die …", "laut dem").
 */
function loneArticle(doc: Doc, k: number, words: SpeakerPack): boolean {
  const t = doc.tokens[k]!;
  const before = doc.tokens[k - 1];
  if (!doc.pack.determiners.has(t.lower) || words.nominativePronouns.has(t.lower) || words.ambiguousPronouns.has(t.lower)) return false;
  if (!words.relativePronouns.has(t.lower)) return false;
  return before !== undefined && before.text !== ',' && before.type !== 'quote' && !words.adverbialOpeners.has(before.lower) && !doc.pack.agentPrepositions.has(before.lower)
    && before.lower !== 'laut' && before.lower !== 'zufolge' && isCapitalized(doc.tokens[k + 1]);
}

/** A content that began inside the (now longer) speaker span starts after it: "…, Mohammed el-Baradei, Nordkorea besitze …". */
function withoutSpeaker(attribution: Attribution, [from, to]: Range, doc: Doc): Attribution {
  const [start, end] = attribution.contentTokens;
  if (start < from || start >= to || end <= to) return attribution;
  // A reported act holds its speaker ("Gutachter, die …, gehen von einem Totalschaden aus").
  const cue = attribution.cue;
  if (attribution.kind === 'reported' && cue && cue.start >= attribution.content.start && cue.end <= attribution.content.end) return attribution;
  let first = to;
  while (first < end && doc.tokens[first]!.type === 'punct') first++;
  if (first >= end) return attribution;
  const content = spanOf(doc, [first, end]);
  return { ...attribution, content, contentTokens: [first, end] };
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
