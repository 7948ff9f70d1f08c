import type { LanguagePack } from '../lang/language-pack.js';
import type { Language, Segmented, Sentence, Span, Token } from '../types.js';
import { tokenizeParagraph } from './tokenize-paragraph.js';
import { DASHES, hasInnerCapital } from './token-tests.js';

/** Sentences longer than this many tokens are cut, which bounds the work of later stages per sentence. */
export const MAX_SENTENCE_TOKENS = 400;

const TERMINAL = new Set(['.', '!', '?', '…']);
/** Capitalized function words that open a sentence and never stand where an ordinal's noun would ("3. Oktober"). */
const NO_ORDINAL_NOUN = new Set([
  'der', 'die', 'das', 'ein', 'eine', 'einer', 'er', 'sie', 'es', 'im', 'am', 'auch', 'nach', 'laut', 'in', 'bei', 'wie', 'dies', 'diese', 'dieser',
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we',
]);
const CLOSERS = new Set(['“', '”', '"', '»', '«', '‘', '’', '\'', "''", ')', ']', '›', '‹']);

/**
 * Stage 1: splits the text into paragraphs (blank lines; a single line break
 * also ends a sentence), tokens and sentences. Rule-based, linear in the text.
 */
export function segmentDocument(text: string, language: Language, pack: LanguagePack): Segmented {
  const paragraphs = findParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const line of findLines(text, paragraph)) {
      const lineTokens = tokenizeParagraph(text, line.start, line.end, tokens.length);
      for (const token of lineTokens) tokens.push(token);
      splitSentences(text, lineTokens, paragraphIndex, pack, sentences);
    }
  });
  return { text, language, pack, paragraphs, sentences, tokens, warnings: [] };
}

function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const re = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    pushTrimmed(text, start, m.index, paragraphs);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, paragraphs);
  return paragraphs;
}

function findLines(text: string, paragraph: Span): Span[] {
  const lines: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (text.charCodeAt(i) === 10) {
      pushTrimmed(text, start, i, lines);
      start = i + 1;
    }
  }
  pushTrimmed(text, start, paragraph.end, lines);
  return lines;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function isBoundary(lineTokens: Token[], i: number, pack: LanguagePack): boolean {
  const token = lineTokens[i];
  const prev = lineTokens[i - 1];
  if (!token || !TERMINAL.has(token.text)) return false;
  // Skip closing quotes/brackets after the terminal mark.
  let j = i + 1;
  while (j < lineTokens.length && CLOSERS.has(lineTokens[j]!.text) && lineTokens[j]!.start === lineTokens[j - 1]!.end) j++;
  const next = lineTokens[j];
  if (!next) return true;
  if (token.text === '.' && prev && prev.end === token.start) {
    if (pack.abbreviations.has(prev.lower)) return false;
    if (/^\p{L}$/u.test(prev.text)) return false; // initials "A. Merkel"
    if (/^(?:\p{L}\.)+\p{L}$/u.test(prev.text)) return false; // initials "C.Y. Leung", "B.N. Suresh"
    // Ordinals "3. Oktober"; not the end of a decimal number ("… von zeitweise 7,1. Nach Angaben …").
    const decimal = lineTokens[i - 2]?.text === ',' && lineTokens[i - 2]!.end === prev.start && /^\d+$/.test(lineTokens[i - 3]?.text ?? '');
    // (An article, pronoun or preposition opening the next word never follows an ordinal: "… des Modells 3. Ein Sprecher …".)
    // (Nor does an opening quote with a capitalized word after a number that follows a noun: "… in Halle 4. „Vielfalt ist
    // Programm“, erklärte …"; an ordinal follows its article: "die 22. „europäische Hackerkonferenz“".)
    if (/^\d{1,2}$/.test(prev.text) && !decimal && !(/^\p{Lu}/u.test(next.text) && NO_ORDINAL_NOUN.has(next.lower))
      && !quoteAfterNounNumber(lineTokens, i, j, pack)) return false;
    // "anlässlich seines 100. Geburtstages", "die 114. Space Shuttle-Mission": a longer number after an article or
    // possessive is an ordinal too (a year ends a sentence after a noun or preposition: "im Jahr 2005. Der …").
    const before = lineTokens[i - 2];
    if (/^\d{3,}$/.test(prev.text) && before && pack.determiners.has(before.lower) && /^\p{Lu}/u.test(next.text) && !NO_ORDINAL_NOUN.has(next.lower)) return false;
  }
  // An opening quote whose first word is in lower case goes on with the sentence after an abbreviated ordinal or numeral
  // ("…, sagte Merkel, Benedikt XVI. „ist und bleibt einer der bedeutendsten religiösen Denker“").
  if (OPENING_QUOTES.has(next.text) && lineTokens[j + 1]?.start === next.end && /^\p{Ll}/u.test(lineTokens[j + 1]!.text) && token.text === '.') return false;
  const first = next.text[0] ?? '';
  // A name written with a lower-case first letter and a capital inside ("… im Angebot. eBay hält es für möglich …").
  return /[\p{Lu}\p{N}„“"»«‚‘(\[–-]/u.test(first) || hasInnerCapital(next.text);
}

function splitSentences(
  text: string, lineTokens: Token[], paragraph: number, pack: LanguagePack, sentences: Sentence[],
): void {
  let startIdx = 0;
  const close = (endIdx: number): void => {
    const first = lineTokens[startIdx];
    const last = lineTokens[endIdx - 1];
    if (!first || !last) return;
    const index = sentences.length;
    for (let k = startIdx; k < endIdx; k++) lineTokens[k]!.sentence = index;
    sentences.push({
      text: text.slice(first.start, last.end), start: first.start, end: last.end, index, paragraph,
      tokenStart: first.index, tokenEnd: last.index + 1,
    });
    startIdx = endIdx;
  };
  // "WASHINGTON (Reuters) - The United States …", "BERLIN (dpa) – …": a dateline opening the line is a segment of its own.
  const dateline = datelineEnd(lineTokens);
  if (dateline > 0) close(dateline);
  for (let i = startIdx; i < lineTokens.length; i++) {
    if (i + 1 - startIdx >= MAX_SENTENCE_TOKENS) { close(i + 1); continue; }
    if (isBoundary(lineTokens, i, pack)) {
      let j = i + 1;
      while (j < lineTokens.length && CLOSERS.has(lineTokens[j]!.text) && lineTokens[j]!.start === lineTokens[j - 1]!.end) j++;
      close(j);
      i = j - 1;
    }
  }
  close(lineTokens.length);
}

/**
 * The end of a dateline opening a line: one to three words in capitals (a place), optionally an agency in brackets and a
 * comma, then a dash before a capitalized word ("WASHINGTON (Reuters) - The …", "NEW YORK – …"); -1 when there is none.
 */
function datelineEnd(lineTokens: Token[]): number {
  let k = 0;
  while (k < 3 && lineTokens[k]?.type === 'word' && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(lineTokens[k]!.text)) k++;
  // German style, places in title case joined by slashes: "Teheran/Washington (Reuters) - …", "Berlin (dpa) – …"
  // (only with the agency in brackets, so that no sentence opening with a name and a dash is taken).
  if (k === 0) {
    while (k < 5 && (lineTokens[k]?.type === 'word' && /^\p{Lu}[\p{L}.'’/-]*$/u.test(lineTokens[k]!.text) || (k > 0 && lineTokens[k]?.text === '/'))) k++;
    if (k === 0) return -1;
    // Without the agency only a single place before a dash opening a long line: "Berlin - Die Abstimmung über …".
    if (lineTokens[k]?.text !== '(') {
      if (k !== 1 || !DASHES.has(lineTokens[1]?.text ?? '') || lineTokens.length < 12 || !/^\p{Lu}/u.test(lineTokens[2]?.text ?? '')) return -1;
      return 2;
    }
  }
  if (lineTokens[k]?.text === '(') {
    const close = lineTokens.findIndex((t, j) => j > k && t.text === ')');
    if (close < 0 || close > k + 4) return -1;
    k = close + 1;
  }
  if (lineTokens[k]?.text === ',') k++;
  if (!DASHES.has(lineTokens[k]?.text ?? '')) return -1;
  const next = lineTokens[k + 1];
  return next && /^\p{Lu}/u.test(next.text) ? k + 1 : -1;
}

const OPENING_QUOTES = new Set(['„', '"', '»', '“']);

/**
 * Whether the number before the dot at i follows a capitalized noun (no determiner) and the dot is followed (at j) by an
 * opening quote whose first word is capitalized and attached to it: "Halle 4. „Vielfalt …“" ends a sentence.
 */
function quoteAfterNounNumber(lineTokens: Token[], i: number, j: number, pack: LanguagePack): boolean {
  const quote = lineTokens[j];
  const word = lineTokens[j + 1];
  const noun = lineTokens[i - 2];
  if (!quote || !word || !noun || !OPENING_QUOTES.has(quote.text) || word.start !== quote.end || !/^\p{Lu}/u.test(word.text)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(noun.text) && !pack.determiners.has(noun.lower) && !NO_ORDINAL_NOUN.has(noun.lower);
}
