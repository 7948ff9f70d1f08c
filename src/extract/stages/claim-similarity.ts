import { stemWord } from '../../knowledge/normalize-alias.js';
import type { WordPattern } from '../lang/stance-pack.js';
import type { Token } from '../types.js';
import { matchesPattern } from './match-words.js';

/** Content stems of a claim's words: lower-cased, stop words and short words dropped, German inflection stripped. */
export function contentStems(words: readonly Token[], stopWords: ReadonlySet<string>, synonyms: ReadonlyMap<string, string> = new Map()): Set<string> {
  const stems = new Set<string>();
  for (const word of words) {
    if (word.lower.length < 3 || stopWords.has(word.lower) || /^\d+$/.test(word.lower)) continue;
    stems.add(stemWord(synonyms.get(word.lower) ?? word.lower));
  }
  return stems;
}

/** Jaccard overlap of two stem sets (0..1). Topic only: a claim and its denial score high, so polarity is a separate feature. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Number of shared stems. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared;
}

/** For each contrast pair, which sides occur in the words: bit 1 the left side, bit 2 the right side. */
export function contrastSides(words: readonly Token[], pairs: ReadonlyArray<readonly [WordPattern[], WordPattern[]]>): number[] {
  const has = (patterns: WordPattern[]): boolean => words.some((w) => patterns.some((p) => matchesPattern(w.lower, p)));
  return pairs.map(([left, right]) => (has(left) ? 1 : 0) | (has(right) ? 2 : 0));
}

/** True when the words contain a negation. */
export function isNegated(words: readonly Token[], negations: ReadonlySet<string>): boolean {
  return words.some((w) => negations.has(w.lower));
}
