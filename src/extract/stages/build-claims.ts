import type { ExtractedClaim, WithAttributions } from '../types.js';

/**
 * Turns attributions into public claims in text order, ids "c1", "c2", ...
 * Speaker resolution is not done here: actor = null, party = 'unknown',
 * via = [] until the knowledge stages (src/knowledge) fill them in. An
 * attribution's merged relays become `relays` with party 'unknown'; the
 * relay-chain stage resolves them and keeps those of the `via` chain.
 */
export function buildClaims(doc: WithAttributions): ExtractedClaim[] {
  const sorted = [...doc.attributions].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return sorted.map((attribution, i) => {
    const hedged = hasHedge(doc, attribution.contentTokens);
    return {
      id: `c${i + 1}`,
      text: attribution.content.text,
      start: attribution.content.start,
      end: attribution.content.end,
      kind: attribution.kind,
      cue: attribution.cue,
      speaker: attribution.speaker,
      actor: null,
      party: 'unknown',
      via: [],
      confidence: attribution.confidence,
      unsourced: false,
      hedged,
      distanced: attribution.distanced,
      disputes: [],
      supports: [],
      ...(attribution.relays.length > 0
        ? { relays: attribution.relays.map((r) => ({ party: 'unknown', cue: r.cue, speaker: r.speaker })) }
        : {}),
    };
  });
}

function hasHedge(doc: WithAttributions, [from, to]: [number, number]): boolean {
  for (let k = from; k < to; k++) if (doc.pack.hedges.has(doc.tokens[k]!.lower)) return true;
  return false;
}
