import type { SpeakerPack } from '../lang/speaker-pack.js';
import type { CueCandidate, Token, WithAttributions } from '../types.js';
import { FOREIGN_NAME_PARTICLES, isAbbreviationDot, readSpeakerForward, type Range } from './speaker-phrase.js';
import { afterLeadingConjunctions, isRelativeClause, phraseLimit } from './choose-verb-subject.js';
import { isAdjectiveLike, isCapitalized, TERMINAL_PUNCT } from './token-tests.js';

type Doc = WithAttributions;

/**
 * A prepositional source before the verb fills the whole field, which is one
 * constituent: "Nach Angaben des Kraftfahrt-Bundesamtes in Flensburg sank …",
 * "Den Polizeibehörden in Mombasa zufolge …".
 */
export function fillPrepositionalField(doc: Doc, cue: CueCandidate, old: Range, words: SpeakerPack): Range {
  const { tokens, pack } = doc;
  const sentence = doc.sentences[cue.sentence]!;
  const start = afterLeadingConjunctions(tokens, sentence.tokenStart, sentence.tokenEnd);
  const first = cue.tokenIds[0]!;
  const last = cue.tokenIds[cue.tokenIds.length - 1]!;
  // Prepositional attributes and coordinated phrases after a phrase ending at `end`, up to `limit`.
  const chain = (end: number, limit: number): number => {
    while (end < limit && (words.attributePrepositions.has(tokens[end]!.lower) || words.coordinators.has(tokens[end]!.lower) || TIME_OPENERS.has(tokens[end]!.lower))) {
      // A time attribute of the source: "Nach Angaben des Flughafens im Juni 2007 betrug …", "Nach Informationen der
      // Stadtverwaltung vom gestrigen Dienstagabend …".
      const time = timeAttributeEnd(doc, end, limit, words);
      if (time > end) { end = time; continue; }
      const next = readSpeakerForward(tokens, end + 1, limit, pack);
      if (!next) break;
      end = next[1];
    }
    return end;
  };
  if (cue.speakerSide === 'after' && first === start && old[0] === last + 1) {
    const end = chain(old[1], sentence.tokenEnd);
    const verb = tokens[end];
    if (end > old[1] && verb && verb.type === 'word' && !isCapitalized(verb)) return [old[0], end];
    // An apposition fills the field up to the verb: "Nach Ansicht von Senator Dodd, Vorsitzender des Bankenausschusses, hat …"
    // (German puts one constituent before the finite verb; English "According to X, the drone had …" does not).
    const apposition = pack.nounsCapitalized && tokens[end]?.text === ',' && !isRelativeClause(doc, end + 1, words) ? readSpeakerForward(tokens, end + 1, sentence.tokenEnd, pack) : null;
    if (!apposition || !opensApposition(doc, apposition[0])) return old;
    const close = chain(apposition[1], sentence.tokenEnd);
    const next = tokens[tokens[close]?.text === ',' ? close + 1 : close];
    return next && next.type === 'word' && !isCapitalized(next) && !pack.determiners.has(next.lower) && !pack.subordinators.has(next.lower)
      && !words.adverbialOpeners.has(next.lower) && !words.coordinators.has(next.lower) ? [old[0], close] : old;
  }
  // (Not an article before a possessive source: "Die seiner Ansicht nach fragwürdige Rolle …" is the article of a later noun.)
  const articleOfLater = old[0] === start + 1 && pack.determiners.has(tokens[start]!.lower) && /^(sein|ihr|unser|euer|mein|dein)(e|er|em|en|es)?$/.test(tokens[old[0]]!.lower);
  if (cue.speakerSide === 'before' && old[1] === first && old[0] > start && !articleOfLater) {
    const head = readSpeakerForward(tokens, start, first, pack);
    return head && chain(head[1], first) === first ? [start, first] : old;
  }
  return old;
}
/** Prepositions of a time attribute ("vom Dienstag", "am Montag", "im Juni 2007"). */
const TIME_OPENERS = new Set(['vom', 'am', 'im']);

/** The end of a time attribute opened by a preposition at k ("im Juni 2007", "vom gestrigen Dienstagabend"), or k. */
function timeAttributeEnd(doc: Doc, k: number, limit: number, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  if (!TIME_OPENERS.has(tokens[k]!.lower)) return k;
  let j = k + 1;
  while (j < limit && j - k < 3 && isAdjectiveLike(tokens[j], pack)) j++;
  const t = tokens[j];
  if (!t || j >= limit || !isCapitalized(t) || !(words.timeWords.has(t.lower) || [...words.timeWords].some((w) => w.length > 4 && t.lower.startsWith(w)))) return k;
  j++;
  while (j < limit && /^\d+$/.test(tokens[j]!.text)) j++;
  return j;
}

/** Focus particles and relative clauses out, appositions in. */
export function shapeSpeaker(doc: Doc, range: Range, cue: CueCandidate, words: SpeakerPack): Range {
  const { tokens } = doc;
  let [from, to] = range;
  while (to - from > 1 && words.focusParticles.has(tokens[from]!.lower) && opensPhrase(doc, from + 1)) from++;
  let open = false;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k - 1]!.type === 'quote') open = !open;
    // A relative clause, a cue word inside the span ("sprach Angela Merkel von …"), the end of the sentence ("der Papst. Der …")
    // and a quoted stretch of words after the head ("Gall „auch in Zukunft bestehen“") end the speaker.
    const t = tokens[k]!;
    // (Not a list going on with "aber auch": "Die Polizei, aber auch die Feuerwehr".)
    const alsoLink = tokens[k + 1]?.lower === 'aber' && tokens[k + 2]?.lower === 'auch' && k + 3 < to;
    const ends = (t.text === ',' && (isRelativeClause(doc, k + 1, words) || (words.adverbs.has(tokens[k + 1]?.lower ?? '') && !alsoLink)
      || predicativeApposition(doc, k + 1, words)))
      || cue.tokenIds.includes(k) || (TERMINAL_PUNCT.has(t.text) && !isAbbreviationDot(tokens, k, words))
      || (t.type === 'quote' && !open && quotesWords(doc, k, to));
    if (ends) { to = k; break; }
  }
  while (to - from > 1 && words.trailingParticles.has(tokens[to - 1]!.lower)) to--;
  // A phrase never ends in a word that joins it to a next one ("by Tehran of „piracy“": not "Tehran of").
  while (to - from > 1 && doc.pack.speakerInnerWords.has(tokens[to - 1]!.lower) && !isCapitalized(tokens[to - 1])) to--;
  to = extendPlace(doc, [from, to], cue, words);
  to = extendApposition(doc, [from, to], cue, words);
  from = extendNameBefore(doc, [from, to], cue);
  // A lower-case particle opening a foreign name belongs to it: "fordert al Huthi die Schaffung …" (not "Huthi").
  const particle = tokens[from - 1];
  if (particle !== undefined && particle.sentence === tokens[from]!.sentence && FOREIGN_NAME_PARTICLES.has(particle.text) && isCapitalized(tokens[from])
    && !cue.tokenIds.includes(from - 1)) from--;
  return [from, to];
}

/**
 * An apposition of a bare predicative adjective with its prepositional object ("Erich Stamminger, zuständig für das
 * US-Geschäft, hatte angekündigt"): it describes the speaker, the mention ends before it (as the dataset annotates).
 * Not an inflected adjective before its noun ("Charles Bouchard, kanadischer General").
 */
function predicativeApposition(doc: Doc, k: number, words: SpeakerPack): boolean {
  const { tokens, pack } = doc;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || t.type !== 'word' || isCapitalized(t) || /^\d/.test(t.text)) return false;
  if (pack.determiners.has(t.lower) || words.attributePrepositions.has(t.lower) || words.coordinators.has(t.lower)) return false;
  return words.attributePrepositions.has(next.lower) && !isCapitalized(next);
}

/** Nouns naming a newspaper, magazine or broadcaster, also in compounds and inflected ("Wochenmagazines", "Tageszeitung"). */
const OUTLET_NOUN = /(?:zeitung|zeitschrift|magazin|magazins|magazines|blatt|blattes|blatts|sender|senders|sendung|portal|portals)$/;

/** An opening quote at k after a word, whose stretch opens with a lower-case word: quoted words ("„auch in Zukunft …“"), not a quoted name. */
function quotesWords(doc: Doc, k: number, to: number): boolean {
  const { tokens } = doc;
  const first = tokens[k + 1];
  // A single lower-case word quoted after a noun is a name: "des Wochenmagazines „profil“".
  if (k > 0 && isCapitalized(tokens[k - 1]) && tokens[k + 2]?.type === 'quote' && k + 2 < to) return false;
  // Nor quoted words after a noun naming an outlet: "des Magazines „auto, motor und sport“", "der Zeitung „die tageszeitung“".
  if (k > 0 && isCapitalized(tokens[k - 1]) && OUTLET_NOUN.test(tokens[k - 1]!.lower)) return false;
  return k > 0 && tokens[k - 1]!.type === 'word' && k + 1 < to && first !== undefined && first.type === 'word' && !isCapitalized(first) && !/^\d/.test(first.text);
}

/** An apposition opens with an article or a capitalized noun ("dem Direktor der Wetterbehörde", "Vorsitzender des Ausschusses"). */
function opensApposition(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return isCapitalized(t) || (doc.pack.determiners.has(t.lower) && !doc.pack.subjectPronouns.has(t.lower));
}

function opensPhrase(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  return t.type === 'quote' || isCapitalized(t) || doc.pack.determiners.has(t.lower) || isAdjectiveLike(t, doc.pack);
}
/** A place attribute after an inverted subject, closing its clause: "kündigte die Regierung in Lomé an", "sagte ein Sprecher in Berlin". */
/** Prepositions of origin whose phrase with an article belongs to a speaker ("Mitarbeiter aus der Küstenstadt"). */
const ORIGIN_PREPOSITIONS = new Set(['aus', 'von']);

function extendPlace(doc: Doc, [from, to]: Range, cue: CueCandidate, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  const preposition = tokens[to];
  // Only after a noun phrase with an article ("sagte Seibert in Berlin": the place belongs to the verb).
  if (!preposition || !words.placePrepositions.has(preposition.lower) || !words.subjectOpeners.has(tokens[from]!.lower)) return to;
  // Before the cue only an origin with its article running up to the cue: "haben einige Abgeordnete aus der Koalition angekündigt".
  const origin = ORIGIN_PREPOSITIONS.has(preposition.lower) && pack.determiners.has(tokens[to + 1]?.lower ?? '') && isCapitalized(tokens[to + 2]);
  if (from < cue.tokenIds[0]! && !origin) return to;
  const place = tokens[to + 1];
  if (!place || (!isCapitalized(place) && !origin) || words.timeWords.has(place.lower)) return to;
  const sentence = doc.sentences[place.sentence]!;
  const limit = phraseLimit(tokens, to, sentence);
  const range = readSpeakerForward(tokens, to + 1, limit, pack, true);
  if (from < cue.tokenIds[0]!) return range && range[1] === cue.tokenIds[0]! ? range[1] : to;
  return range && (range[1] >= limit || cue.tokenIds.includes(range[1])) ? range[1] : to;
}

/** "sagte Bill Graham, Parteichef der Liberalen." / "Ein Sprecher der Polizei, Lars Beringer, sagte": the apposition belongs to the speaker. */
function extendApposition(doc: Doc, [from, to]: Range, cue: CueCandidate, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  if (tokens[to]?.text !== ',') return to;
  const sentence = doc.sentences[tokens[from]!.sentence]!;
  // A short form after "kurz" closed by a comma: "der „Deutscher Fußball-Bund“, kurz „DFB“, verkündete".
  if (tokens[to + 1]?.lower === 'kurz' && to + 2 < sentence.tokenEnd) {
    const mark = tokens[to + 2]!;
    const end = mark.type === 'quote' && tokens[to + 4]?.type === 'quote' && isCapitalized(tokens[to + 3]) ? to + 5
      : isCapitalized(mark) ? to + 3 : -1;
    if (end > 0 && end < sentence.tokenEnd && tokens[end]!.text === ',') return end;
  }
  if (isRelativeClause(doc, to + 1, words)) return to;
  const apposition = readSpeakerForward(tokens, to + 1, sentence.tokenEnd, pack);
  if (!apposition) return to;
  const first = tokens[apposition[0]]!;
  if (!isCapitalized(first) && !pack.determiners.has(first.lower) && !(isAdjectiveLike(first, pack) && isCapitalized(tokens[apposition[0] + 1]))) return to;
  const close = tokens[apposition[1]];
  const cueStart = Math.min(...cue.tokenIds);
  if (to <= cueStart) {
    // Before the cue: the apposition closes with a comma right before the verb.
    return close?.text === ',' && apposition[1] + 1 === cueStart ? apposition[1] : to;
  }
  // English "According to the operator, the crew saw …": after a source opening the sentence comes the clause it reports,
  // which has no closing comma; an apposition there is set off by commas on both sides ("According to Peskov, the Kremlin
  // spokesman, the talks …").
  if (!pack.nounsCapitalized && cue.type === 'preposition' && cueStart <= sentence.tokenStart + 1 && close?.text !== ',') return to;
  // After the cue: the apposition runs to the end of the sentence or closes with a comma or colon.
  if (!close || TERMINAL_PUNCT.has(close.text) || apposition[1] >= sentence.tokenEnd || close.text === ',' || close.text === ':') return apposition[1];
  // An apposition with its article left without its closing comma before an adverbial: "zeigte sich Milovan Rajevac, der
  // Trainer Ghanas nach dem Spiel zufrieden" (a content clause goes on with its verb: "sagte Rajevac, der Trainer habe …").
  if (pack.determiners.has(first.lower) && !pack.subjectPronouns.has(first.lower) && words.adverbialOpeners.has(close.lower)
    && !words.placePrepositions.has(close.lower) && isCapitalized(tokens[apposition[1] - 1]) && cue.type === 'verb'
    && !tokens.slice(from, to).some((t) => t.text === ',') && !zuInfinitive(doc, apposition[1])) return apposition[1];
  // A longer apposition with prepositional attributes, closed at the end of the sentence:
  // "so Frank Karl, Leiter der Abteilung Information bei der FES." / "sagte Charles Bouchard, kanadischer General und Kommandeur des Einsatzes."
  let single = true;
  for (let k = from; k < to && single; k++) single = tokens[k]!.text !== ',';
  // Only where the phrase read goes on with a prepositional attribute ("… Information bei der FES", "… General und Kommandeur").
  const goesOn = close !== undefined && (words.attributePrepositions.has(close.lower) || words.coordinators.has(close.lower));
  const stretch = single && goesOn ? nominalStretch(doc, apposition[1], sentence.tokenEnd, words) : -1;
  return stretch > 0 && (stretch >= sentence.tokenEnd || TERMINAL_PUNCT.has(tokens[stretch]!.text) || tokens[stretch]!.type === 'word') ? stretch : to;
}

/**
 * Whether token k is "zu" before an infinitive ("versprach er, die Schule zu sanieren"): the phrase before it is the
 * object of the infinitive the cue reports, no apposition left without its comma.
 */
function zuInfinitive(doc: Doc, k: number): boolean {
  const { tokens, pack } = doc;
  const next = tokens[k + 1];
  return tokens[k]?.lower === 'zu' && next !== undefined && next.type === 'word' && !isCapitalized(next) && !pack.determiners.has(next.lower);
}

/**
 * The end of a stretch of noun-phrase words from `from` (determiners, capitalized words, adjectives, numbers,
 * linking and attribute prepositions, coordinators, parenthesised or quoted names) up to the next clause
 * punctuation; -1 when a word of another kind (a verb, an adverb) stands in it.
 */
function nominalStretch(doc: Doc, from: number, limit: number, words: SpeakerPack): number {
  const { tokens, pack } = doc;
  let depth = 0;
  let open = false;
  for (let k = from; k < limit && k - from < 20; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote') { open = !open; continue; }
    if (open) continue;
    if (t.text === '(') { depth++; continue; }
    if (t.text === ')') { depth--; if (depth < 0) return -1; continue; }
    if (depth > 0) continue;
    if (t.type === 'punct') return t.text === '-' || t.text === '/' ? -1 : k;
    if (pack.determiners.has(t.lower)) {
      // After a noun, an article opens a genitive ("Leiter der Abteilung") or follows a preposition; else a new phrase (an object) begins.
      const prev = tokens[k - 1]!;
      const linked = !isCapitalized(prev) || words.genitiveDeterminers.has(t.lower);
      if (!linked) return -1;
      continue;
    }
    if (isCapitalized(t) || /^\d/.test(t.text) || pack.speakerInnerWords.has(t.lower)) continue;
    if (words.attributePrepositions.has(t.lower) || words.coordinators.has(t.lower) || t.lower === 'am' || t.lower === 'an') {
      // A time adverbial closes the phrase: "…, Kommandeur des Einsatzes, am Montag."
      if (!words.coordinators.has(t.lower) && words.timeWords.has(tokens[k + 1]?.lower ?? '')) return k;
      continue;
    }
    if (isAdjectiveLike(t, pack) && !words.adverbs.has(t.lower)) continue;
    return -1;
  }
  return open || depth > 0 ? -1 : limit;
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
