import { describe, expect, it } from 'vitest';
import { normalizeArticleText } from '../../src/articles/normalize-article-text.js';

describe('normalizeArticleText', () => {
  it('unifies line ends, trims lines and collapses blank lines', () => {
    expect(normalizeArticleText('\r\n\r\nEins.  \r\nZwei.\r\n\r\n\r\n\r\nDrei.\n\n')).toBe('Eins.\nZwei.\n\nDrei.');
  });

  it('composes Unicode so equal texts hash equally', () => {
    expect(normalizeArticleText('Teheran wies die Anschuldigungen zuru\u0308ck')).toBe('Teheran wies die Anschuldigungen zurück');
  });

  it('leaves inner spacing and quotes alone', () => {
    expect(normalizeArticleText('„Beweisen“  und  "Schiene"')).toBe('„Beweisen“  und  "Schiene"');
  });
});
