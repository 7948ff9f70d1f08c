import { getLanguagePack } from '../../src/extract/lang/index.js';
import { attributeSpeech } from '../../src/extract/stages/attribute-speech.js';
import { findCues } from '../../src/extract/stages/find-cues.js';
import { findQuotes } from '../../src/extract/stages/find-quotes.js';
import { segmentDocument } from '../../src/extract/stages/segment-document.js';
import type { Attribution, Language, Span, WithAttributions, WithCues, WithQuotes } from '../../src/extract/types.js';

/** Runs the stages up to quotes. */
export function quotesOf(text: string, language: Language = 'de'): WithQuotes {
  return findQuotes(segmentDocument(text, language, getLanguagePack(language)));
}

/** Runs the stages up to cues. */
export function cuesOf(text: string, language: Language = 'de'): WithCues {
  return findCues(quotesOf(text, language));
}

/** Runs the stages up to attributions. */
export function attributionsOf(text: string, language: Language = 'de'): WithAttributions {
  return attributeSpeech(cuesOf(text, language));
}

/** The attribution whose content contains the given words. */
export function attributionWith(doc: WithAttributions, words: string): Attribution {
  const found = doc.attributions.find((a) => a.content.text.includes(words));
  if (!found) throw new Error(`no attribution containing "${words}" in: ${JSON.stringify(doc.attributions.map((a) => a.content.text))}`);
  return found;
}

/** Asserts the span invariant text === input.slice(start, end). */
export function spanIsExact(text: string, span: Span | null | undefined): boolean {
  if (!span) return true;
  return span.start >= 0 && span.end <= text.length && span.start <= span.end && text.slice(span.start, span.end) === span.text;
}
