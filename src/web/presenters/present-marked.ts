import { MATCH_END, MATCH_START } from '../../search/search-sql.js';

/** A piece of a search result: matched or not. Templates escape `text`. */
export interface MarkedPiece {
  text: string;
  match: boolean;
}

/** Splits ts_headline output at its match markers; any stray marker characters are dropped. */
export function presentMarked(marked: string): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  for (const [index, part] of marked.split(MATCH_START).entries()) {
    const [inside, ...rest] = index === 0 ? [undefined, part] : part.split(MATCH_END);
    if (inside) pieces.push({ text: inside.replaceAll(MATCH_END, ''), match: true });
    const after = rest.join('');
    if (after) pieces.push({ text: after, match: false });
  }
  return pieces;
}
