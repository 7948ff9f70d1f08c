import type { Token } from '../types.js';

/** Two apostrophes written as one quotation mark. */
export const DOUBLE_APOSTROPHE = "''";

/** Characters that can be quotation marks. */
export const QUOTE_CHARS = '„“”"»«‚‘’\'›‹';

// A word: letters/digits with inner hyphens, apostrophes, dots between letters ("z.B", "U.S"),
// or a single other non-space character. Linear: no nested quantifiers that can backtrack.
// A dot between a lower-case word and a capitalized word is a sentence end written without its space
// ("sagte der Papst.Der ältere …"), not an inner dot. A colon between digits is part of a time or score ("14:00", "2:1"), a comma between digits of a decimal number ("3,6 Millionen").
// Two apostrophes ('') are one quotation mark, as wiki markup and typewritten text use them ("''Le Monde''").
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:(?:[-'’&/]|(?<=\p{N})[:,](?=\p{N})|\.(?!(?<=\p{Ll}\p{Ll}\.)\p{Lu}\p{Ll}))[\p{L}\p{N}\p{M}]+)*-?|''|\S/gu;

/**
 * Acronyms spelled like a function word ("US" the country, not "us"; "WHO" the organisation, not "who"): their lower-cased
 * form stays as written, so no word list of pronouns or relative words matches them.
 */
const ACRONYMS_LIKE_WORDS = new Set(['US', 'WHO']);

/**
 * Splits `text.slice(start, end)` into tokens with offsets into `text`.
 * Tokens get `sentence = -1`; the segmenter fills it in.
 */
export function tokenizeParagraph(text: string, start: number, end: number, firstIndex: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const tokenStart = start + m.index;
    // "… existiert hat - das beschreiben Forscher …": a hyphen with a space on both sides is a dash (between numbers a
    // range: "2009 - 2013").
    const value = m[0] === '-' && spacedDash(slice, m.index) ? '–' : m[0];
    const isQuote = (value.length === 1 && QUOTE_CHARS.includes(value)) || value === DOUBLE_APOSTROPHE;
    const isWord = !isQuote && /[\p{L}\p{N}]/u.test(value);
    tokens.push({
      text: value,
      start: tokenStart,
      end: tokenStart + m[0].length,
      index: firstIndex + tokens.length,
      lower: ACRONYMS_LIKE_WORDS.has(value) ? value : value.toLowerCase(),
      type: isQuote ? 'quote' : isWord ? 'word' : 'punct',
      sentence: -1,
    });
  }
  return tokens;
}

/** Whether the hyphen at `at` stands between spaces and not between two numbers. */
function spacedDash(slice: string, at: number): boolean {
  if (!/\s/u.test(slice[at - 1] ?? '') || !/\s/u.test(slice[at + 1] ?? '')) return false;
  return !(/\p{N}/u.test(slice[at - 2] ?? '') && /\p{N}/u.test(slice[at + 2] ?? ''));
}
