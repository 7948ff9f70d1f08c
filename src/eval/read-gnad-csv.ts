import { readFileSync } from 'node:fs';

/** One article of 10kGNAD: section and text (sub-headline and body in one line). */
export interface GnadArticle { section: string; text: string }

/**
 * Reads a 10kGNAD CSV file: delimiter ';', quote character "'" (a quoted
 * field may contain ';' and doubled '' for a literal quote), one article
 * per line; column 0 is the section, column 1 the text.
 */
export function readGnadCsv(path: string): GnadArticle[] {
  const articles: GnadArticle[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields = parseLine(line);
    if (fields.length >= 2) articles.push({ section: fields[0]!, text: fields.slice(1).join(';') });
  }
  return articles;
}

/**
 * Splits one line into its fields (only the first ';' splits). Fields are cut into pieces with `slice`
 * and joined once, never built up a character at a time: `field += ch` left each text a rope of one
 * node per character, so the 2.7 MB test file held some 90 MB of heap while its texts were kept.
 */
function parseLine(line: string): string[] {
  const fields: string[] = [];
  let pieces: string[] = [];
  let from = 0;
  let quoted = false;
  let empty = true;
  const cut = (to: number, next: number) => {
    if (to > from) { pieces.push(line.slice(from, to)); empty = false; }
    from = next;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '\'' && line[i + 1] === '\'') { cut(i + 1, i + 2); i++; } else if (ch === '\'') { cut(i, i + 1); quoted = false; }
    } else if (ch === '\'' && empty && i === from) { quoted = true; from = i + 1; } else if (ch === ';' && fields.length === 0) {
      cut(i, i + 1);
      fields.push(pieces.join(''));
      pieces = [];
      empty = true;
    }
  }
  cut(line.length, line.length);
  fields.push(pieces.join(''));
  return fields;
}
