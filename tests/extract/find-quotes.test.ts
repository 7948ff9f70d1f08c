import { describe, expect, it } from 'vitest';
import { quotesOf, spanIsExact } from './stage-helpers.js';

describe('findQuotes', () => {
  it.each([
    ['„…“', 'Er sagte: „Wir kommen morgen.“ Dann ging er.', '„Wir kommen morgen.“'],
    ['"…"', 'Er sagte: "Wir kommen morgen." Dann ging er.', '"Wir kommen morgen."'],
    ['»…«', 'Er sagte: »Wir kommen morgen.« Dann ging er.', '»Wir kommen morgen.«'],
    ['«…»', 'Er sagte: «Wir kommen morgen.» Dann ging er.', '«Wir kommen morgen.»'],
    ['‚…‘', 'Er sagte: ‚Wir kommen morgen.‘ Dann ging er.', '‚Wir kommen morgen.‘'],
    ["'…'", "Er sagte: 'Wir kommen morgen.' Dann ging er.", "'Wir kommen morgen.'"],
    ['“…”', 'Er sagte: “Wir kommen morgen.” Dann ging er.', '“Wir kommen morgen.”'],
    ["''…''", "Er sagte: ''Wir kommen morgen.'' Dann ging er.", "''Wir kommen morgen.''"],
  ])('pairs %s', (_style, text, quote) => {
    const doc = quotesOf(text);
    expect(doc.quotes.map((q) => q.text)).toEqual([quote]);
    expect(doc.quotes[0]!.unbalanced).toBe(false);
    expect(spanIsExact(text, doc.quotes[0])).toBe(true);
  });
  it('keeps a nested quote inside the outer one', () => {
    const doc = quotesOf('Er sagte: „Das ist ein ‚Skandal‘, wirklich.“ Ende.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['„Das ist ein ‚Skandal‘, wirklich.“']);
  });
  it('keeps a nested quote of the same style inside the outer one, and pairs the first closer when the outer one has none', () => {
    const nested = quotesOf('„Wir haben „Small-Business-Unternehmen“ gewonnen. Das ist gut“, sagte Chung.');
    expect(nested.quotes.map((q) => q.text)).toEqual(['„Wir haben „Small-Business-Unternehmen“ gewonnen. Das ist gut“']);
    const open = quotesOf('Er sprach von „Betrug, und die „Zeit“ berichtete darüber.');
    expect(open.quotes.map((q) => q.text)).toEqual(['„Betrug, und die „Zeit“']);
    const twice = quotesOf('Er nannte es „Betrug“ und „Skandal“.');
    expect(twice.quotes.map((q) => q.text)).toEqual(['„Betrug“', '„Skandal“']);
  });
  it('cuts an unclosed „ at the paragraph end instead of swallowing the next paragraph', () => {
    const text = 'Er sagte: „Wir kommen morgen. Und dann\n\nNeuer Absatz ohne Zitat.';
    const doc = quotesOf(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.unbalanced).toBe(true);
    expect(doc.quotes[0]!.text).toBe('„Wir kommen morgen. Und dann');
  });
  it('drops an unclosed ambiguous " mark', () => {
    expect(quotesOf('Er sagte: "Wir kommen morgen. Dann ging er.').quotes).toEqual([]);
  });
  it('drops an unclosed ‘, which also stands for an apostrophe or an ayin ("in ‘Adi"), and pairs a closed one', () => {
    expect(quotesOf('Der Vorfall ereignete sich in ‘Adi, östlich der Stadt. Laut diesem Zeugen gab es keine Kämpfe.').quotes).toEqual([]);
    expect(quotesOf('Er sagte: ‘Wir kommen morgen.’ Dann ging er.').quotes.map((q) => q.text)).toEqual(['‘Wir kommen morgen.’']);
  });
  it('marks one- or two-word quotes as short (scare quotes, titles)', () => {
    const doc = quotesOf('Washington legte „Beweise“ vor, sagte er.');
    expect(doc.quotes[0]!.short).toBe(true);
  });
  it("reads two apostrophes as one mark, so no stray mark is left in the clause", () => {
    const doc = quotesOf("Er hat in einem Interview mit ''Le Monde'' angeregt, Sarkozy solle antreten.");
    expect(doc.quotes.map((q) => q.text)).toEqual(["''Le Monde''"]);
    expect(doc.tokens.filter((t) => t.type === 'quote').map((t) => t.text)).toEqual(["''", "''"]);
  });
});
