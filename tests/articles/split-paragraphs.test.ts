import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/articles/split-paragraphs.js';

describe('splitParagraphs', () => {
  it('splits at blank lines and keeps single line breaks inside a paragraph', () => {
    const text = 'Erster Absatz.\nNoch im ersten.\n\nZweiter Absatz.\n\nDritter.';
    const ranges = splitParagraphs(text);
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['Erster Absatz.\nNoch im ersten.', 'Zweiter Absatz.', 'Dritter.']);
  });

  it('gives offsets into the original text and skips surrounding whitespace', () => {
    const text = '  A\n\n \n\n B ';
    expect(splitParagraphs(text)).toEqual([[2, 3], [9, 10]]);
  });

  it('finds no paragraph in empty text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n\n')).toEqual([]);
  });
});
