import { getStancePack } from '../extract/lang/stance-pack-registry.js';
import { matchesPattern } from '../extract/stages/match-words.js';
import { jaccard, sharedCount } from '../extract/stages/claim-similarity.js';
import type { Language } from '../extract/types.js';
import { stemWord } from '../knowledge/normalize-alias.js';

/** What cross-article linking compares of a claim: content stems, polarity and the stance of its cue. */
export interface ClaimSignature {
  stems: Set<string>;
  /** The longest content words as written (lower-cased), for the candidate full-text query. */
  keywords: string[];
  negated: boolean;
  /** Numbers in the claim ("191", "1.800"): the same claim states the same numbers. */
  numbers: string[];
  /** The claim's cue is a denial/doubt cue ("wies … zurück", "bestritt", "denied"). */
  stance: 'denies' | 'doubts' | null;
}

/** A claim as stored, enough to sign it. */
export interface SignableClaim { text: string; cueText: string | null; language: string | null }

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Signs a claim with the extractor's own features: its stop words, stemmer,
 * negations and stance cues (src/extract/lang, claim-similarity).
 */
export function signClaim(claim: SignableClaim): ClaimSignature {
  const language: Language = claim.language === 'en' ? 'en' : 'de';
  const pack = getStancePack(language);
  const words = (claim.text.toLowerCase().match(WORD) ?? []);
  const content = words.filter((w) => w.length >= 3 && !pack.stopWords.has(w) && !pack.negations.has(w) && !/^\d+$/.test(w));
  const stems = new Set(content.map((w) => stemWord(w)));
  const keywords = [...new Set(content)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 5);
  const negated = words.some((w) => pack.negations.has(w));
  const cueWords = (claim.cueText ?? '').toLowerCase().match(WORD) ?? [];
  let stance: ClaimSignature['stance'] = null;
  for (const cue of pack.stanceCues) {
    if (cue.type !== 'denies' && cue.type !== 'doubts') continue;
    if (cue.needsAddressee) continue;
    if (cueWords.some((w) => matchesPattern(w, cue.words[0]!))) { stance = cue.type; break; }
  }
  const numbers = [...new Set(claim.text.match(/\d+(?:[.,]\d+)*/g) ?? [])].sort();
  return { stems, keywords, negated, numbers, stance };
}

/** How two claims of different articles relate: the same claim, one denying/doubting the other, or nothing. */
export type CrossLink = { kind: 'same' } | { kind: 'denies' | 'doubts' | 'contradicts'; from: 'a' | 'b' } | null;

/** Similarity thresholds (Jaccard of content stems, shared stems). */
export const SAME_CLAIM_JACCARD = 0.5;
export const DISPUTE_JACCARD = 0.3;
export const MIN_SHARED_STEMS = 2;
export const SAME_MIN_SHARED_STEMS = 3;

/**
 * Compares two claims of different articles. The same claim: high overlap,
 * same polarity, neither a denial. A denial: one claim's cue denies or
 * doubts and the content overlaps; a contradiction: high overlap with
 * opposite polarity and different parties.
 */
export function compareClaims(a: ClaimSignature & { party: number }, b: ClaimSignature & { party: number }): CrossLink {
  const shared = sharedCount(a.stems, b.stems);
  if (shared < MIN_SHARED_STEMS) return null;
  const similarity = jaccard(a.stems, b.stems);
  if (a.stance && !b.stance && a.party !== b.party && similarity >= DISPUTE_JACCARD) return { kind: a.stance, from: 'a' };
  if (b.stance && !a.stance && a.party !== b.party && similarity >= DISPUTE_JACCARD) return { kind: b.stance, from: 'b' };
  if (similarity < SAME_CLAIM_JACCARD || a.stance !== b.stance || shared < SAME_MIN_SHARED_STEMS) return null;
  if (a.numbers.length > 0 && b.numbers.length > 0 && a.numbers.join(' ') !== b.numbers.join(' ')) return null;
  if (a.negated === b.negated) return { kind: 'same' };
  return a.party !== b.party ? { kind: 'contradicts', from: 'a' } : null;
}
