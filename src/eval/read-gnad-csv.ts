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

function parseLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '\'' && line[i + 1] === '\'') { field += '\''; i++; } else if (ch === '\'') quoted = false; else field += ch;
    } else if (ch === '\'' && field === '') quoted = true;
    else if (ch === ';' && fields.length === 0) { fields.push(field); field = ''; } else field += ch;
  }
  fields.push(field);
  return fields;
}
