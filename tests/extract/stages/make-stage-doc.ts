import { getLanguagePack } from '../../../src/extract/lang/index.js';
import type { WithClaims } from '../../../src/extract/resolution-types.js';
import { findQuotes } from '../../../src/extract/stages/find-quotes.js';
import { segmentDocument } from '../../../src/extract/stages/segment-document.js';
import type { ClaimKind, ExtractedClaim, Language, Span } from '../../../src/extract/types.js';

/** A hand-written claim: snippets of the text (first occurrence at or after `after`). */
export interface ClaimSpec { content: string; speaker?: string; cue?: string; kind?: ClaimKind; after?: string }

function span(text: string, snippet: string, from = 0): Span {
  const start = text.indexOf(snippet, from);
  if (start < 0) throw new Error(`snippet not found: ${snippet}`);
  return { text: snippet, start, end: start + snippet.length };
}

/**
 * A stage input built by hand: the text segmented (stage 1), quotes found,
 * no cues or attributions, and the given claims (party 'unknown') as the
 * attribution stage would have produced them.
 */
export function makeStageDoc(text: string, language: Language, specs: ClaimSpec[]): WithClaims {
  const segmented = segmentDocument(text, language, getLanguagePack(language));
  const withQuotes = findQuotes(segmented);
  const claims: ExtractedClaim[] = specs.map((spec, i) => {
    const from = spec.after ? text.indexOf(spec.after) : 0;
    const content = span(text, spec.content, from);
    return {
      id: `c${i + 1}`, text: content.text, start: content.start, end: content.end, kind: spec.kind ?? 'indirect',
      cue: spec.cue ? span(text, spec.cue, from) : null, speaker: spec.speaker ? span(text, spec.speaker, from) : null,
      actor: null, party: 'unknown', via: [], confidence: 0.9, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
    };
  });
  return { ...withQuotes, cues: [], attributions: [], claims };
}
