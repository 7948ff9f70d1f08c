import { decodeHtmlEntities } from './decode-html-entities.js';

/** Elements whose content is never article text. */
const DROPPED = /<(script|style|noscript|template|head|svg|iframe|object|nav|footer|form|button|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Elements that end a paragraph. */
const BLOCK = /<\/?(p|div|section|article|header|main|aside|h[1-6]|li|ul|ol|blockquote|pre|table|tr|figure|figcaption|dl|dt|dd|hr)\b[^>]*>/gi;

/**
 * Turns an HTML document into plain article text, safely: scripts, styles
 * and comments are removed with their content, every other tag is dropped,
 * entities are decoded once (so `&lt;script&gt;` stays visible text), block
 * elements become paragraphs and `<br>` a line break. Prefers the content
 * of `<article>` or `<main>` when the page has one.
 */
export function htmlToText(html: string): string {
  let source = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  source = source.replace(DROPPED, ' ').replace(/<(script|style)\b[\s\S]*$/i, ' ');
  const main = /<(article|main)\b[^>]*>([\s\S]*)<\/\1\s*>/i.exec(source);
  if (main?.[2] && main[2].replace(/<[^>]*>/g, '').trim() !== '') source = main[2];
  const text = source
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/<[\s\S]*$/, '');
  return decodeHtmlEntities(text)
    .split(/\n[ \t\u00a0]*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** The document's `<title>`, decoded, or null. */
export function htmlTitle(html: string): string | null {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  const title = match?.[1] ? decodeHtmlEntities(match[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() : '';
  return title === '' ? null : title;
}
