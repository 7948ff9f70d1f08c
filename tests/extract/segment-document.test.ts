import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/extract/lang/index.js';
import { MAX_SENTENCE_TOKENS, segmentDocument } from '../../src/extract/stages/segment-document.js';
import { spanIsExact } from './stage-helpers.js';

const de = getLanguagePack('de');

describe('segmentDocument', () => {
  it('keeps abbreviations, ordinals and initials inside sentences', () => {
    const text = 'Dr. Müller kam am 3. Oktober z.B. mit Prof. A. Weber. Er sagte: „Gut.“ Dann ging er.';
    const doc = segmentDocument(text, 'de', de);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Dr. Müller kam am 3. Oktober z.B. mit Prof. A. Weber.', 'Er sagte: „Gut.“', 'Dann ging er.',
    ]);
  });
  it('ends a sentence after a number when an article, pronoun or preposition follows, which no ordinal takes', () => {
    const text = 'Es geht um die Auslieferung des Modells 3. Ein Sprecher sagte nichts. Er kam am 3. Oktober. Das Tor fiel in Minute 27. Auch das half.';
    const doc = segmentDocument(text, 'de', de);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Es geht um die Auslieferung des Modells 3.', 'Ein Sprecher sagte nichts.', 'Er kam am 3. Oktober.', 'Das Tor fiel in Minute 27.', 'Auch das half.',
    ]);
  });
  it('ends a sentence after a number following a noun when an opening quote with a capitalized word follows', () => {
    const text = 'Der Stand ist in Halle 4. „Vielfalt ist Programm“, erklärte er. Es beginnt die 22. „Europäische Konferenz“ heute.';
    const doc = segmentDocument(text, 'de', de);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Der Stand ist in Halle 4.', '„Vielfalt ist Programm“, erklärte er.', 'Es beginnt die 22. „Europäische Konferenz“ heute.',
    ]);
  });
  it('ends a sentence before a name written with a lower-case first letter and an inner capital', () => {
    const text = 'Damals stand ein Kleid im Angebot. eBay hält es für möglich. Es kam z.B. ein iPhone.';
    const doc = segmentDocument(text, 'de', de);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Damals stand ein Kleid im Angebot.', 'eBay hält es für möglich.', 'Es kam z.B. ein iPhone.']);
  });
  it('splits a sentence end written without its space, but keeps web names and abbreviations whole', () => {
    const text = '„Wir müssen handeln“, sagte der Papst.Der ältere Bruder schwieg. Laut tagesschau.de war es St.Gallen.';
    const doc = segmentDocument(text, 'de', de);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      '„Wir müssen handeln“, sagte der Papst.', 'Der ältere Bruder schwieg.', 'Laut tagesschau.de war es St.Gallen.',
    ]);
    expect(doc.tokens.map((t) => t.text)).toContain('tagesschau.de');
    expect(doc.tokens.map((t) => t.text)).toContain('St.Gallen');
  });
  it('keeps a time or score with a colon whole, but splits a colon after a word or before a space', () => {
    const doc = segmentDocument('Bis 14:00 Uhr stand es 2:1. Er sagte: 3 Tore.', 'de', de);
    const texts = doc.tokens.map((t) => t.text);
    expect(texts).toContain('14:00');
    expect(texts).toContain('2:1');
    expect(texts).toContain(':');
  });
  it('keeps a decimal number with its comma whole ("3,6 Millionen"), but splits a comma before a space', () => {
    const doc = segmentDocument('Sie haben 3,6 Millionen Einwohner aufgefordert, ihre Häuser zu verlassen. Es waren 7,1.', 'de', de);
    const texts = doc.tokens.map((t) => t.text);
    expect(texts).toContain('3,6');
    expect(texts).toContain('7,1');
    expect(texts.filter((t) => t === ',')).toHaveLength(1);
    expect(doc.sentences).toHaveLength(2);
  });
  it('splits paragraphs at blank lines and sentences at line breaks, with exact offsets', () => {
    const text = 'Titel\nErster Satz.\n\n  Zweiter Absatz hier.  ';
    const doc = segmentDocument(text, 'de', de);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Titel', 'Erster Satz.', 'Zweiter Absatz hier.']);
    for (const span of [...doc.paragraphs, ...doc.sentences, ...doc.tokens]) expect(spanIsExact(text, span)).toBe(true);
  });
  it('marks quotation marks as quote tokens but not apostrophes inside words', () => {
    const doc = segmentDocument('Er sagte: „Geht\'s?“ und \'89', 'de', de);
    expect(doc.tokens.filter((t) => t.type === 'quote').map((t) => t.text)).toEqual(['„', '“', '\'']);
  });
  it('cuts a sentence that never ends, bounding the work per sentence', () => {
    const text = 'wort '.repeat(20_000);
    const doc = segmentDocument(text, 'de', de);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(Math.floor(20_000 / MAX_SENTENCE_TOKENS));
    expect(Math.max(...doc.sentences.map((s) => s.tokenEnd - s.tokenStart))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });
  it('goes on after a numeral when an opening quote with a lower-case word follows', () => {
    const text = 'Merkel sagte, Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“. Er trat zurück. Der Papst sagte. „Wir beten.“';
    const doc = segmentDocument(text, 'de', de);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Merkel sagte, Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“.', 'Er trat zurück.', 'Der Papst sagte.', '„Wir beten.“',
    ]);
  });
});
