/**
 * The canonical form of an article's text, which is what is stored, hashed
 * and offset into: Unicode NFC, `\n` line ends, no trailing spaces on a line,
 * at most one blank line between paragraphs, no blank lines at either end.
 */
export function normalizeArticleText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
