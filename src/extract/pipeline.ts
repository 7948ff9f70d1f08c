import type { LanguagePack } from './lang/language-pack.js';
import { attributeSpeech } from './stages/attribute-speech.js';
import { buildClaims } from './stages/build-claims.js';
import { findCues } from './stages/find-cues.js';
import { findQuotes } from './stages/find-quotes.js';
import { segmentDocument } from './stages/segment-document.js';
import type { ExtractOptions, ExtractionResult, Language } from './types.js';

/**
 * The extraction pipeline: a handful of pure stages over one document, each
 * adding one layer (Segmented -> WithQuotes -> WithCues -> WithAttributions).
 * Knowledge stages (speaker resolution, relay chains, author claims,
 * disputes) go between `attributeSpeech` and the result.
 */
export function runPipeline(text: string, language: Language, pack: LanguagePack, options: ExtractOptions = {}): ExtractionResult {
  const segmented = segmentDocument(text, language, pack);
  const withQuotes = findQuotes(segmented);
  const withCues = findCues(withQuotes);
  const withAttributions = attributeSpeech(withCues);
  void options.knowledge; // used by the knowledge stages
  const claims = buildClaims(withAttributions);
  return { language, claims, relations: [], warnings: withAttributions.warnings };
}
