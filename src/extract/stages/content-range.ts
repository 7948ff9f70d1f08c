import type { QuoteSpan, Sentence, Token, WithCues } from '../types.js';
import { TERMINAL_PUNCT } from './token-tests.js';
import type { Range } from './speaker-phrase.js';

/** Last token index (exclusive) of a sentence's content: drops the terminal punctuation. */
export function contentEnd(tokens: Token[], sentence: Sentence): number {
  let end = sentence.tokenEnd;
  while (end > sentence.tokenStart && (TERMINAL_PUNCT.has(tokens[end - 1]!.text) || tokens[end - 1]!.text === ',' || tokens[end - 1]!.text === ':')) end--;
  // "… gelandet.“" keeps the closing mark but not a period before it is kept inside the quote.
  return end;
}

/** Signs of a unit that close a number ("7 %", "5 €"). */
const UNIT_SIGNS = new Set(['%', '‰', '€', '$', '£', '°']);

/** Trims punctuation (but not quote marks) from both ends of a token range. */

export function trimRange(tokens: Token[], [from, to]: Range): Range {
  let a = from;
  let b = to;
  while (a < b && tokens[a]!.type === 'punct' && tokens[a]!.text !== '(') a++;
  // (Not a unit sign after a number: "stieg auf 7 %", "to 7%".)
  while (b > a && tokens[b - 1]!.type === 'punct' && tokens[b - 1]!.text !== ')' && !(UNIT_SIGNS.has(tokens[b - 1]!.text) && /\d$/.test(tokens[b - 2]?.text ?? ''))) b--;
  return [a, b];
}

/** The quote starting exactly at token `index`, if any. */
export function quoteStartingAt(doc: WithCues, index: number): { quote: QuoteSpan; at: number } | null {
  const at = doc.quoteByStart.get(index);
  return at === undefined ? null : { quote: doc.quotes[at]!, at };
}

/** The quote ending exactly before token `index` (its closing mark at index - 1), if any. */
export function quoteEndingBefore(doc: WithCues, index: number): { quote: QuoteSpan; at: number } | null {
  const at = doc.quoteByEnd.get(index);
  return at === undefined ? null : { quote: doc.quotes[at]!, at };
}

/** Quotes lying inside a token range. */
export function quotesInside(doc: WithCues, [from, to]: Range): number[] {
  const found: number[] = [];
  for (let k = from; k < to; k++) {
    const at = doc.quoteByStart.get(k);
    if (at !== undefined && doc.quotes[at]!.tokenEnd <= to) found.push(at);
  }
  return found;
}
