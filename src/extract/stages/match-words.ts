import type { WordPattern } from '../lang/stance-pack.js';
import type { Token } from '../types.js';
import { firstIndexWhere } from '../first-index-where.js';

/** True when a lower-cased word matches a pattern ("*" any word, "bestreit*" a prefix, else equal). */
export function matchesPattern(word: string, pattern: WordPattern): boolean {
  if (pattern === '*') return true;
  const last = pattern.length - 1;
  if (last >= 0 && pattern.charCodeAt(last) === 42 /* '*' */) {
    // Prefix pattern: compare in place (no slice per call).
    if (word.length < last) return false;
    for (let k = 0; k < last; k++) if (word.charCodeAt(k) !== pattern.charCodeAt(k)) return false;
    return true;
  }
  return word === pattern;
}

/**
 * Finds a word sequence in `words` (word tokens only) starting at `i`;
 * returns the number of tokens matched or 0.
 */
export function matchSequenceAt(words: readonly Token[], i: number, patterns: readonly WordPattern[]): number {
  for (let k = 0; k < patterns.length; k++) {
    const word = words[i + k];
    const pattern = patterns[k];
    if (!word || pattern === undefined || !matchesPattern(word.lower, pattern)) return 0;
  }
  return patterns.length;
}

/** Length of the first sequence (in the given order) matching at `i`, or 0; no allocation. */
export function firstMatchAt(words: readonly Token[], i: number, sequences: readonly (readonly WordPattern[])[]): number {
  for (const seq of sequences) {
    const n = matchSequenceAt(words, i, seq);
    if (n > 0) return n;
  }
  return 0;
}

/** All start indexes in `words` where the sequence matches. */
export function findSequences(words: readonly Token[], patterns: readonly WordPattern[]): number[] {
  const hits: number[] = [];
  for (let i = 0; i < words.length; i++) if (matchSequenceAt(words, i, patterns) > 0) hits.push(i);
  return hits;
}

interface SequenceIndex { exact: Map<string, (readonly WordPattern[])[]>; prefixed: (readonly WordPattern[])[] }
const sequenceIndexes = new WeakMap<readonly (readonly WordPattern[])[], SequenceIndex>();

function indexSequences(sequences: readonly (readonly WordPattern[])[]): SequenceIndex {
  let index = sequenceIndexes.get(sequences);
  if (index) return index;
  index = { exact: new Map(), prefixed: [] };
  for (const seq of sequences) {
    const first = seq[0] ?? '*';
    if (first.endsWith('*')) index.prefixed.push(seq);
    else index.exact.set(first, [...(index.exact.get(first) ?? []), seq]);
  }
  sequenceIndexes.set(sequences, index);
  return index;
}

/** True when any of the sequences occurs in `words` (sequences indexed by their first word). */
export function containsAnySequence(words: readonly Token[], sequences: readonly (readonly WordPattern[])[]): boolean {
  const index = indexSequences(sequences);
  for (let i = 0; i < words.length; i++) {
    const exact = index.exact.get(words[i]!.lower);
    if (exact && exact.some((seq) => matchSequenceAt(words, i, seq) > 0)) return true;
    if (index.prefixed.some((seq) => matchSequenceAt(words, i, seq) > 0)) return true;
  }
  return false;
}

/** Word tokens of the document inside [start, end). */
export function wordsIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const lo = firstIndexWhere(tokens, (token) => token.start >= start);
  const words: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start < end; k++) {
    const token = tokens[k]!;
    if (token.type === 'word' && token.end <= end) words.push(token);
  }
  return words;
}
