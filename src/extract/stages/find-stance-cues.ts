import type { StanceCue } from '../lang/stance-pack.js';
import type { Referent, WithSpeakers } from '../resolution-types.js';
import type { Cue, Sentence, Span, Token } from '../types.js';
import { spansIn } from './claim-geometry.js';
import { matchesPattern, matchSequenceAt, wordsIn } from './match-words.js';
import { isAgent } from './resolve-speakers.js';

/** A stance cue found in a sentence, with its clause, holder and the parties it is aimed at. */
export interface StanceHit {
  cue: Cue;
  entry: StanceCue;
  sentence: number;
  /** The clause around the cue (sentence part between commas / coordinations). */
  clause: Span;
  /** Who denies/doubts/supports: clause subject, passive agent or "unter den X"; null when not found. */
  holder: Referent | null;
  /** Other parties named in the clause (the addressee of a warning, "von Washington vorgelegten Beweisen", "der iranischen Sichtweise"). */
  objects: Referent[];
  /** Word tokens of the clause. */
  words: Token[];
}

/** An anaphor ("den Bericht", "dies") or a relative pronoun in the clause of a stance cue. */
export function hasClaimPointer(doc: Pick<WithSpeakers, 'stance'>, hit: StanceHit): boolean {
  return hit.words.some((w, i) => doc.stance.relativeAnaphors.has(w.lower) || doc.stance.claimAnaphors.some((a) => matchSequenceAt(hit.words, i, a.words) > 0)
    // (Also the head of a hyphenated compound naming whose claim it is: "der US-Darstellung", "die Reuters-Berichte".)
    || (w.lower.includes('-') && doc.stance.claimAnaphors.some((a) => a.words.length === 1 && matchesPattern(w.lower.slice(w.lower.lastIndexOf('-') + 1), a.words[0]!))));
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '–', '—']);
const COORDINATIONS = new Set(['und', 'and', 'sowie', 'aber', 'but']);

/** Finds denial/doubt/support cues in one sentence and works out their holder and objects. */
export function findStanceCues(doc: WithSpeakers, sentence: Sentence, isRelayParty: (party: string) => boolean): StanceHit[] {
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const words = wordsIn(doc.tokens, sentence.start, sentence.end);
  const hits: StanceHit[] = [];
  const used = new Set<number>();
  const index = indexCues(doc.stance.stanceCues);
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const lower = words[i]!.lower;
    const exact = index.exact.get(lower);
    const prefixed = index.prefixed.get(lower.slice(0, 3));
    if (!exact && !prefixed) continue;
    const entries = exact && prefixed ? [...exact, ...prefixed] : (exact ?? prefixed)!;
    for (const entry of entries) {
      const length = matchSequenceAt(words, i, entry.words);
      if (length === 0) continue;
      const first = words[i]!;
      const last = words[i + length - 1]!;
      const particle = entry.particle ? findParticle(tokens, last, entry.particle) : null;
      if (entry.particle && !particle) continue;
      const main: Span = { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end };
      const cue: Cue = particle
        ? { text: doc.text.slice(first.start, particle.end), start: first.start, end: particle.end, parts: [main, particle] }
        : main;
      const clause = findClause(doc.text, tokens, first, particle ?? last);
      const clauseWords = words.filter((w) => w.start >= clause.start && w.end <= clause.end);
      const referents = spansIn(doc.referents, clause.start, clause.end).filter((r) => !isRelayParty(r.party));
      const holder = findHolder(doc, clauseWords, referents.filter((r) => isAgent(doc.text, r, doc.stance)), first, entry);
      hits.push({ cue, entry, sentence: sentence.index, clause, holder, objects: referents.filter((r) => r !== holder && r.party !== holder?.party), words: clauseWords });
      for (let k = i; k < i + length; k++) used.add(k);
      break;
    }
  }
  return hits;
}

interface CueIndex { exact: Map<string, StanceCue[]>; prefixed: Map<string, StanceCue[]> }
const indexes = new WeakMap<readonly StanceCue[], CueIndex>();

/** Cues indexed by their first word (exact) or the first three letters of a prefix pattern, in pack order. */
function indexCues(cues: readonly StanceCue[]): CueIndex {
  let index = indexes.get(cues);
  if (index) return index;
  index = { exact: new Map(), prefixed: new Map() };
  for (const cue of cues) {
    const first = cue.words[0] ?? '';
    const [map, key] = first.endsWith('*') ? [index.prefixed, first.slice(0, 3)] : [index.exact, first];
    map.set(key, [...(map.get(key) ?? []), cue]);
  }
  indexes.set(cues, index);
  return index;
}

function findParticle(tokens: Token[], after: Token, particle: string): Span | null {
  for (const token of tokens) {
    if (token.start <= after.start) continue;
    if (token.type === 'punct' && CLAUSE_BREAKS.has(token.text)) return null;
    if (token.lower === particle) return { text: token.text, start: token.start, end: token.end };
  }
  return null;
}

function findClause(text: string, tokens: Token[], first: Token, last: Span): Span {
  let start = tokens[0]?.start ?? first.start;
  let end = tokens[tokens.length - 1]?.end ?? last.end;
  for (const token of tokens) {
    if (token.type === 'punct' && CLAUSE_BREAKS.has(token.text)) {
      if (token.end <= first.start) start = token.end;
      else if (token.start >= last.end) { end = Math.min(end, token.start); break; }
    } else if (token.start >= last.end && COORDINATIONS.has(token.lower)) {
      end = Math.min(end, token.start);
      break;
    }
  }
  while (start < end && /[\s"„“”»«'‚‘’.!?]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s"„“”»«'‚‘’.!?]/u.test(text[end - 1] ?? '')) end--;
  return { text: text.slice(start, end), start, end };
}

function findHolder(doc: WithSpeakers, words: Token[], referents: Referent[], cueWord: Token, entry: StanceCue): Referent | null {
  const previousWord = (r: Referent, back: number): Token | undefined => {
    const index = words.findIndex((w) => w.start >= r.start);
    return index >= back ? words[index - back] : undefined;
  };
  const governed = (r: Referent): boolean => {
    const one = previousWord(r, 1);
    const two = previousWord(r, 2);
    const isPrep = (w: Token | undefined): boolean =>
      !!w && (doc.stance.governingPrepositions.has(w.lower) || doc.stance.holderPrepositions.has(w.lower) || doc.pack.agentPrepositions.has(w.lower));
    return isPrep(one) || (isPrep(two) && !!one && doc.pack.determiners.has(one.lower));
  };
  const cueIndex = words.indexOf(cueWord);
  // Passive: "was von Teheran bestritten wird", "wurde Esper von Frankreich gewarnt".
  const passive = words.some((w) => doc.pack.passiveAuxiliaries.has(w.lower));
  for (const referent of referents) {
    const prev = previousWord(referent, 1);
    const lastIndex = words.findIndex((w) => w.end >= referent.end);
    const nearCue = lastIndex >= 0 && cueIndex - lastIndex === 1;
    if (prev && doc.pack.agentPrepositions.has(prev.lower) && nearCue) return referent;
    if (prev && doc.pack.agentPrepositions.has(prev.lower) && passive && lastIndex < cueIndex && cueIndex - lastIndex <= 2) return referent;
  }
  if (entry.pos === 'verb') {
    const subject = referents.find((r) => r.end <= cueWord.start && !governed(r))
      ?? referents.find((r) => r.start > cueWord.start && !governed(r) && words.findIndex((w) => w.start >= r.start) - cueIndex <= 2);
    if (subject) return subject;
    const origin = referents.find((r) => {
      const index = words.findIndex((w) => w.start >= r.start);
      const prev = previousWord(r, 1);
      return r.end <= cueWord.start && index <= 3 && !!prev && doc.stance.originPrepositions.has(prev.lower) && r.partyKind === 'government';
    });
    if (origin) return origin;
  }
  const marked = referents.find((r) => {
    const one = previousWord(r, 1);
    const two = previousWord(r, 2);
    return [one, two].some((w) => w && doc.stance.holderPrepositions.has(w.lower));
  });
  return marked ?? null;
}
