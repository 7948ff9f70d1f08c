import { AppError } from '../errors.js';
import { htmlTitle, htmlToText } from './html-to-text.js';
import { markdownToText } from './markdown-to-text.js';

/** The plain text of an uploaded article file, and a title when the file has one (HTML `<title>`). */
export interface ArticleFileText {
  text: string;
  title: string | null;
}

const TYPES = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' } as const;

/**
 * Reads an uploaded .txt, .md or .html file as article text. Refuses other
 * extensions (UPLOAD_TYPE), invalid UTF-8 and binary content (UPLOAD_INVALID).
 */
export function readArticleFile(file: { originalname: string; buffer: Buffer }): ArticleFileText {
  const extension = /\.([a-z]+)$/i.exec(file.originalname)?.[1]?.toLowerCase() ?? '';
  const type = TYPES[extension as keyof typeof TYPES];
  if (!type) throw new AppError('UPLOAD_TYPE', { details: [`file: ${file.originalname.slice(0, 100)}`] });
  const source = decodeUtf8(file.buffer);
  if (type === 'html') return { text: htmlToText(source), title: htmlTitle(source) };
  return { text: type === 'markdown' ? markdownToText(source) : source, title: null };
}

/** Strict UTF-8 (a BOM is dropped); binary content is refused. */
function decodeUtf8(buffer: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw new AppError('UPLOAD_INVALID', { message: 'The file is not valid UTF-8 text. Save it as UTF-8 and try again.' });
  }
  if (hasBinaryContent(text)) throw new AppError('UPLOAD_INVALID', { message: 'The file looks like a binary file, not text.' });
  return text;
}

/** NUL or other control characters (apart from tab, line feed, carriage return, form feed). */
export function hasBinaryContent(text: string): boolean {
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}
