import type { ExtractedClaim, Sentence, Span } from '../types.js';
import { firstIndexWhere } from '../first-index-where.js';

/** Index of the sentence holding `offset` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return mid;
  }
  return lo > 0 && lo - 1 < sentences.length ? lo - 1 : -1;
}

/** The smallest span covering a claim's content, cue and speaker. */
export function claimHull(claim: ExtractedClaim): { start: number; end: number } {
  let start = claim.start;
  let end = claim.end;
  for (const span of [claim.cue, claim.speaker, ...(claim.cue?.parts ?? [])]) {
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/** True when two half-open ranges share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: { start: number; end: number }, inner: Span | { start: number; end: number } | null): boolean {
  return !!inner && inner.start >= outer.start && inner.end <= outer.end;
}

/** Sentence indexes touched by a claim's hull. */
export function claimSentences(sentences: readonly Sentence[], claim: ExtractedClaim): [number, number] {
  const hull = claimHull(claim);
  return [sentenceIndexAt(sentences, hull.start), sentenceIndexAt(sentences, Math.max(hull.start, hull.end - 1))];
}

/** Sentence indexes touched by a claim's content and cue (its speaker ignored), without copying the claim. */
export function cueSentences(sentences: readonly Sentence[], claim: ExtractedClaim): [number, number] {
  let start = claim.start;
  let end = claim.end;
  const cue = claim.cue;
  if (cue) {
    start = Math.min(start, cue.start);
    end = Math.max(end, cue.end);
    for (const part of cue.parts ?? []) {
      start = Math.min(start, part.start);
      end = Math.max(end, part.end);
    }
  }
  return [sentenceIndexAt(sentences, start), sentenceIndexAt(sentences, Math.max(start, end - 1))];
}

/** Items (sorted by start) lying within [start, end), found by binary search. */
export function spansIn<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const lo = firstIndexWhere(items, (item) => item.start >= start);
  const out: T[] = [];
  for (let k = lo; k < items.length && items[k]!.start < end; k++) if (items[k]!.end <= end) out.push(items[k]!);
  return out;
}
