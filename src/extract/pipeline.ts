import type { LanguagePack } from './lang/language-pack.js';
import { getDefaultKnowledge } from '../knowledge/index.js';
import { addAuthorClaims } from './stages/add-author-claims.js';
import { attributeSpeech } from './stages/attribute-speech.js';
import { buildClaims } from './stages/build-claims.js';
import { chainRelays } from './stages/chain-relays.js';
import { findCues } from './stages/find-cues.js';
import { findQuotes } from './stages/find-quotes.js';
import { linkDisputes } from './stages/link-disputes.js';
import { refineSpeakers } from './stages/refine-speakers.js';
import { lendCues } from './stages/lend-cues.js';
import { isKnowledge, resolveSpeakers } from './stages/resolve-speakers.js';
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
  const withAttributions = refineSpeakers(attributeSpeech(withCues));
  const claims = buildClaims(withAttributions);
  const knowledge = isKnowledge(options.knowledge) ? options.knowledge : getDefaultKnowledge();
  const withSpeakers = resolveSpeakers({ ...withAttributions, claims }, knowledge);
  const withRelays = chainRelays(withSpeakers);
  const withAuthorClaims = addAuthorClaims(withRelays);
  const withDisputes = linkDisputes(withAuthorClaims);
  return { language, claims: lendCues(withDisputes.claims, withAttributions.attributions), relations: withDisputes.relations, warnings: withDisputes.warnings };
}
