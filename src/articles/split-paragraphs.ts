/** A paragraph as `[start, end)` UTF-16 offsets into the article text. */
export type ParagraphRange = [start: number, end: number];

/**
 * Splits text into paragraphs at blank lines (single line breaks stay inside
 * a paragraph). Leading and trailing whitespace is not part of a paragraph.
 */
export function splitParagraphs(text: string): ParagraphRange[] {
  const paragraphs: ParagraphRange[] = [];
  const blockPattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const match of text.matchAll(blockPattern)) {
    const block = match[0];
    const leading = block.length - block.trimStart().length;
    const trimmed = block.trim();
    if (trimmed === '') continue;
    const start = match.index + leading;
    paragraphs.push([start, start + trimmed.length]);
  }
  return paragraphs;
}
