import type { ExtractedClaim, ExtractionResult, Span } from './types.js';

/** Texts longer than this are processed in windows, which bounds the cost of per-document stages. */
export const WINDOW_CHARS = 50_000;

/**
 * Splits a long text into windows of at most `size` characters, cutting at a
 * paragraph break (or a line break, sentence end or space) near the limit.
 * Returns the start offsets; the windows cover the text without gaps.
 */
export function splitWindows(text: string, size = WINDOW_CHARS): number[] {
  const starts = [0];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + Math.floor(size / 2);
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut < floor) cut = text.lastIndexOf('\n', limit);
    if (cut < floor) cut = text.lastIndexOf('. ', limit) + 1;
    if (cut < floor) cut = text.lastIndexOf(' ', limit);
    if (cut < floor) cut = limit;
    // Never cut a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    starts.push(cut);
    start = cut;
  }
  return starts;
}

function shift<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/** Joins window results into one: spans shifted to document offsets, claim ids renumbered in text order. */
export function joinWindows(results: Array<{ offset: number; result: ExtractionResult }>): ExtractionResult {
  const claims: ExtractedClaim[] = [];
  const relations: ExtractionResult['relations'] = [];
  const warnings = new Set<string>();
  for (const { offset, result } of results) {
    const ids = new Map<string, string>();
    result.claims.forEach((claim) => ids.set(claim.id, `c${claims.length + ids.size + 1}`));
    const rename = (id: string): string => ids.get(id) ?? id;
    for (const claim of result.claims) {
      claims.push({
        ...claim,
        id: rename(claim.id),
        start: claim.start + offset,
        end: claim.end + offset,
        cue: claim.cue ? { ...shift(claim.cue, offset), ...(claim.cue.parts ? { parts: claim.cue.parts.map((p) => shift(p, offset)) } : {}) } : null,
        speaker: claim.speaker ? shift(claim.speaker, offset) : null,
        distanced: claim.distanced.map((d) => shift(d, offset)),
        disputes: claim.disputes.map(rename),
        supports: claim.supports.map(rename),
        ...(claim.continues !== undefined ? { continues: rename(claim.continues) } : {}),
      });
    }
    for (const relation of result.relations) {
      relations.push({ ...relation, from: rename(relation.from), to: rename(relation.to), cue: relation.cue ? shift(relation.cue, offset) : null });
    }
    for (const warning of result.warnings) warnings.add(warning);
  }
  return { language: results[0]?.result.language ?? null, claims, relations, warnings: [...warnings] };
}
