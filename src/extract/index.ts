import { detectLanguage } from './detect-language.js';
import { getLanguagePack } from './lang/index.js';
import { runPipeline } from './pipeline.js';
import { joinWindows, splitWindows } from './split-windows.js';
import type { ExtractOptions, ExtractionResult } from './types.js';

export { detectLanguage } from './detect-language.js';
export type * from './types.js';

/** Default cap on the characters processed per document. */
export const DEFAULT_MAX_CHARS = 5_000_000;

/**
 * Extracts attributed claims from one document. Pure and never throws:
 * empty text gives an empty result; an unsupported language or non-text
 * gives no claims and a warning. Texts over WINDOW_CHARS are processed in
 * windows cut at paragraph breaks (attribution does not reach across them).
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractionResult {
  const empty = (warnings: string[]): ExtractionResult => ({ language: null, claims: [], relations: [], warnings });
  try {
    if (typeof text !== 'string' || text.trim() === '') return empty([]);
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    const warnings: string[] = [];
    let input = text;
    if (input.length > maxChars) {
      input = input.slice(0, maxChars);
      warnings.push('text truncated');
    }
    const language = options.language ?? detectLanguage(input);
    if (!language) return empty(['language not supported']);
    const pack = getLanguagePack(language);
    const starts = splitWindows(input);
    const result = starts.length === 1
      ? runPipeline(input, language, pack, options)
      : joinWindows(starts.map((offset, i) => ({ offset, result: runPipeline(input.slice(offset, starts[i + 1] ?? input.length), language, pack, options) })));
    return { ...result, language, warnings: [...warnings, ...result.warnings] };
  } catch (error) {
    return empty([`extraction failed: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
