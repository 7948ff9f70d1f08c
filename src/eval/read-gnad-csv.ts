import { readFileSync } from 'node:fs';
import { parseDelimited } from '../ingest/parse-delimited.js';

/** One article of 10kGNAD: section and text (sub-headline and body in one line). */
export interface GnadArticle { section: string; text: string }

/**
 * Reads a 10kGNAD CSV file: delimiter ';', quote character "'" (a quoted
 * field may contain ';' and doubled '' for a literal quote), one article
 * per line; column 0 is the section, the rest the text.
 */
export function readGnadCsv(path: string): GnadArticle[] {
  const articles: GnadArticle[] = [];
  for (const { fields } of parseDelimited(readFileSync(path, 'utf8'), { delimiter: ';', quote: '\'' })) {
    if (fields.length >= 2) articles.push({ section: fields[0]!, text: fields.slice(1).join(';') });
  }
  return articles;
}
