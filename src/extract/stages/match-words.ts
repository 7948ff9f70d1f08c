import type { WordPattern } from '../lang/stance-pack.js';
import type { Token } from '../types.js';

/** True when a lower-cased word matches a pattern ("*" any word, "bestreit*" a prefix, else equal). */
export function matchesPattern(word: string, pattern: WordPattern): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return word.startsWith(pattern.slice(0, -1)) && word.length >= pattern.length - 1;
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

/** All start indexes in `words` where the sequence matches. */
export function findSequences(words: readonly Token[], patterns: readonly WordPattern[]): number[] {
  const hits: number[] = [];
  for (let i = 0; i < words.length; i++) if (matchSequenceAt(words, i, patterns) > 0) hits.push(i);
  return hits;
}

/** True when any of the sequences occurs in `words`. */
export function containsAnySequence(words: readonly Token[], sequences: readonly (readonly WordPattern[])[]): boolean {
  return sequences.some((seq) => findSequences(words, seq).length > 0);
}

/** Word tokens of the document inside [start, end). */
export function wordsIn(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const words: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start < end; k++) {
    const token = tokens[k]!;
    if (token.type === 'word' && token.end <= end) words.push(token);
  }
  return words;
}
