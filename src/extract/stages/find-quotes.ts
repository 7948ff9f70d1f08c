import type { QuoteSpan, Segmented, Token, WithQuotes } from '../types.js';

/** A quote without its closing mark is cut after this many characters (or at the paragraph end). */
export const MAX_QUOTE_CHARS = 3000;
/** A quote of at most this many words without terminal punctuation is "short" (a title or scare quote). */
export const SHORT_QUOTE_WORDS = 5;

const SYMMETRIC = new Set(['"', '\'', "''"]);
/** An opener that also stands for an apostrophe or a transliterated ayin ("in ‘Adi"): dropped when it is never closed. */
const APOSTROPHE_LIKE = new Set(['‘']);

/**
 * Stage 2: pairs quotation marks into direct quotes, paragraph by paragraph.
 * Inner marks of another style are left inside (nested quotes). A missing
 * closing mark never swallows the text: an unambiguous opener („ » « “ ‚)
 * runs to the paragraph end (at most MAX_QUOTE_CHARS); an ambiguous one (" ' ‘)
 * is dropped.
 */
export function findQuotes(doc: Segmented): WithQuotes {
  const quotes: QuoteSpan[] = [];
  const { tokens, text, pack } = doc;
  const closersOf = new Map<string, readonly string[]>();
  for (const pair of pack.quotePairs) closersOf.set(pair.open, pair.close);

  let i = 0;
  while (i < tokens.length) {
    const open = tokens[i]!;
    const closers = open.type === 'quote' ? closersOf.get(open.text) : undefined;
    if (!closers || !canOpen(text, open)) { i++; continue; }
    const paragraph = doc.sentences[open.sentence]?.paragraph ?? -1;
    let close = -1;
    let last = i;
    // A quote of the same style nested inside („Wir haben „Small-Business-Unternehmen“ gewonnen“) closes before the outer
    // one: counting the openers finds the outer closer, when it is there; otherwise the first closer ends the quote.
    let depth = 0;
    let balanced = -1;
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      if ((doc.sentences[token.sentence]?.paragraph ?? -2) !== paragraph) break;
      if (token.end - open.start > MAX_QUOTE_CHARS) break;
      if (close < 0) last = j;
      if (token.type !== 'quote') continue;
      if (closers.includes(token.text) && canClose(text, token, open)) {
        if (close < 0) close = j;
        if (depth === 0) { balanced = j; break; }
        depth--;
      } else if (token.text === open.text && !SYMMETRIC.has(open.text) && canOpen(text, token)) {
        depth++;
      }
    }
    if (balanced >= 0) close = balanced;
    if (close >= 0) {
      quotes.push(makeQuote(doc, i, close, false));
      i = close + 1;
    } else if ((!SYMMETRIC.has(open.text) && !APOSTROPHE_LIKE.has(open.text) || continuedInNextParagraph(doc, i, last)) && last > i) {
      quotes.push(makeQuote(doc, i, last, true));
      i = last + 1;
    } else {
      i++;
    }
  }
  const quoteByStart = new Map<number, number>();
  const quoteByEnd = new Map<number, number>();
  quotes.forEach((quote, at) => { quoteByStart.set(quote.tokenStart, at); quoteByEnd.set(quote.tokenEnd, at); });
  return { ...doc, quotes, quoteByStart, quoteByEnd };
}

/**
 * A quote that runs over paragraphs, as news writes it: the paragraph opens with the mark and has no closing one, and the
 * next paragraph opens with the same mark ("\"The vessel violated the rules.¶\"It will be released,\" he said.").
 */
function continuedInNextParagraph(doc: Segmented, open: number, last: number): boolean {
  const { tokens, sentences } = doc;
  const sentence = sentences[tokens[open]!.sentence];
  if (!sentence || sentence.tokenStart !== open) return false;
  const paragraph = sentence.paragraph;
  if (open > 0 && sentences[tokens[open - 1]!.sentence]?.paragraph === paragraph) return false;
  const next = tokens[last + 1];
  return next !== undefined && next.text === tokens[open]!.text && sentences[next.sentence]?.paragraph === paragraph + 1
    && sentences[next.sentence]!.tokenStart === last + 1;
}

function canOpen(text: string, token: Token): boolean {
  const after = text[token.end] ?? '';
  if (after === '' || /\s/.test(after)) return false;
  if (SYMMETRIC.has(token.text) || token.text === '’' || token.text === '‘') {
    const before = text[token.start - 1] ?? ' ';
    return /[\s(\[„“"»«‚‘'–—\-\/:]/.test(before);
  }
  return true;
}

function canClose(text: string, token: Token, open: Token): boolean {
  if (token.start === open.end) return false;
  const before = text[token.start - 1] ?? '';
  if (SYMMETRIC.has(token.text) || token.text === '’' || token.text === '‘') {
    if (/\s/.test(before)) return false;
    const after = text[token.end] ?? ' ';
    return !/[\p{L}\p{N}]/u.test(after);
  }
  return true;
}

function makeQuote(doc: Segmented, from: number, to: number, unbalanced: boolean): QuoteSpan {
  const first = doc.tokens[from]!;
  const last = doc.tokens[to]!;
  let words = 0;
  let terminal = false;
  for (let k = from + 1; k < to; k++) {
    const token = doc.tokens[k]!;
    if (token.type === 'word') words++;
    else if (token.text === '.' || token.text === '!' || token.text === '?') terminal = true;
  }
  return {
    text: doc.text.slice(first.start, last.end), start: first.start, end: last.end,
    tokenStart: from, tokenEnd: to + 1, unbalanced,
    short: words <= SHORT_QUOTE_WORDS && !terminal,
  };
}
