import type { ExtractedClaim, Span } from '../extract/types.js';
import type { CorpusToken } from './load-wikinews-corpus.js';
import type { QuotationTokens } from './score-quotations.js';

const TYPE_OF_KIND: Record<ExtractedClaim['kind'], string> = {
  direct: 'Direct', mixed: 'Indirect', indirect: 'Indirect', reported: 'Reported', author: 'Author',
};

/**
 * Maps system spans to dataset tokens: a token belongs to a span when their
 * character ranges overlap by at least one character. The cue uses its
 * `parts` when it has them. The content (quote role) excludes tokens of the
 * claim's own speaker and cue: "Laut Polizei wurde er gefasst" has content
 * "wurde er gefasst", as in the gold annotation, although the public claim
 * carries one continuous span. A 'reported' claim (a speech act without
 * reported content, "Teheran wies die Anschuldigungen zurück") is mapped
 * the way the dataset annotates type Reported: the whole act including the
 * agent and the verb is the quotation, and there is no cue.
 */
export function claimToTokens(claim: ExtractedClaim, tokens: readonly CorpusToken[]): QuotationTokens {
  const speaker = claim.speaker ? tokensIn([claim.speaker], tokens) : [];
  if (claim.kind === 'reported') {
    // A reported speech act is annotated as a whole (agent, verb, object) with no cue.
    return { quote: tokensIn([claim], tokens), speaker, cue: [], type: TYPE_OF_KIND[claim.kind] };
  }
  const cue = claim.cue ? tokensIn(claim.cue.parts && claim.cue.parts.length > 0 ? claim.cue.parts : [claim.cue], tokens) : [];
  const exclude = new Set([...speaker, ...cue]);
  const quote = tokensIn([claim], tokens).filter((id) => !exclude.has(id));
  return { quote, speaker, cue, type: TYPE_OF_KIND[claim.kind] };
}

/** Dataset token ids overlapping any of the spans (tokens sorted by offset; binary search). */
export function tokensIn(spans: readonly Pick<Span, 'start' | 'end'>[], tokens: readonly CorpusToken[]): number[] {
  const ids: number[] = [];
  for (const span of spans) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.charEnd <= span.start) lo = mid + 1; else hi = mid;
    }
    for (let k = lo; k < tokens.length && tokens[k]!.charBegin < span.end; k++) ids.push(tokens[k]!.id);
  }
  return ids;
}
