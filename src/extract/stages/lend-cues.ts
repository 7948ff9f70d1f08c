import type { Attribution, ExtractedClaim } from '../types.js';

/**
 * Last stage: a continuation (a sentence in reported mood or a quote without a cue of its own that continues an
 * earlier attribution and takes its speaker: "Der Minister sagte, die Lage sei ernst. Man werde handeln.") is
 * attributed by the cue of the attribution it continues, which lies in an earlier sentence. The public claim carries
 * that cue and `continues`, the id of the claim it continues (the first claim before it with that cue as its own).
 * The stages before keep a continued sentence's cue null, so no claim's hull, sentences or stance grow across
 * sentences because of a lent cue. A continuation whose source claim is gone (folded into a relay) keeps its cue as is.
 */
export function lendCues(claims: ExtractedClaim[], attributions: readonly Attribution[]): ExtractedClaim[] {
  const lent = new Map<string, NonNullable<Attribution['continuation']>>();
  for (const a of attributions) if (a.continuation) lent.set(`${a.content.start}:${a.content.end}`, a.continuation);
  if (lent.size === 0) return claims;
  // The first claim (in text order) with each cue as its own, not a continuation of another.
  const ownerOf = new Map<string, ExtractedClaim>();
  for (const c of claims) {
    const key = c.cue ? `${c.cue.start}:${c.cue.end}` : '';
    if (c.cue && !ownerOf.has(key) && !lent.has(`${c.start}:${c.end}`)) ownerOf.set(key, c);
  }
  return claims.map((claim) => {
    const continuation = lent.get(`${claim.start}:${claim.end}`);
    if (!continuation || claim.kind === 'author') return claim;
    const { cue } = continuation;
    if (claim.cue && (claim.cue.start !== cue.start || claim.cue.end !== cue.end)) return claim;
    const source = ownerOf.get(`${cue.start}:${cue.end}`);
    if (!source || source.start >= claim.start) return claim;
    return { ...claim, cue: claim.cue ?? cue, continues: source.id };
  });
}
