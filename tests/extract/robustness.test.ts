import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCorporaDir } from '../../src/eval/corpus-paths.js';
import { readGnadCsv } from '../../src/eval/read-gnad-csv.js';
import { detectLanguage, extractClaims } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/extract/types.js';
import { spanIsExact } from './stage-helpers.js';

/**
 * Every span of every claim is a slice of the input, and the pipeline did not fail
 * (extractClaims never throws: a crash would come back as an empty result with a warning).
 */
function expectSpansInside(text: string, result: ExtractionResult): void {
  expect(result.warnings.filter((w) => w.startsWith('extraction failed'))).toEqual([]);
  for (const claim of result.claims) {
    expect(spanIsExact(text, claim), `claim ${claim.id}`).toBe(true);
    expect(spanIsExact(text, claim.speaker), `speaker of ${claim.id}`).toBe(true);
    expect(spanIsExact(text, claim.cue), `cue of ${claim.id}`).toBe(true);
    for (const part of claim.cue?.parts ?? []) expect(spanIsExact(text, part)).toBe(true);
    for (const span of claim.distanced) expect(spanIsExact(text, span)).toBe(true);
  }
}

const SAMPLE = 'Gegenüber Reportern sagte Esper, dass die NATO-Partner das "schlechte Verhalten" des Iran verurteilen müssten. '
  + 'Am Donnerstag ging das zweitägige Treffen der Verteidigungsminister in Brüssel zu Ende, die Stimmung war gedämpft. '
  + 'Laut Trump wäre der Angriff nicht verhältnismäßig gewesen. Die Minister reisten am Abend ab.\n\n'
  + 'Washington hatte das Abkommen vor mehr als einem Jahr verlassen. „Wir kommen morgen“, sagte der Minister. '
  + 'Die Wetterlage in der Region blieb unverändert, und die Häfen arbeiteten normal.\n\n';

describe('extractClaims robustness', () => {
  it('returns an empty result for empty and blank text', () => {
    expect(extractClaims('')).toEqual({ language: null, claims: [], relations: [], warnings: [] });
    expect(extractClaims('   \n\n ').claims).toEqual([]);
  });
  // Speed is measured by `npm run bench:extract`, not here: this test checks the result only.
  it('handles 5 MB of text within the span invariants', { timeout: 300_000 }, () => {
    const text = SAMPLE.repeat(Math.ceil(5_000_000 / SAMPLE.length));
    const result = extractClaims(text, { language: 'de' });
    expect(result.claims.length).toBeGreaterThan(1000);
    expectSpansInside(text, { ...result, claims: result.claims.slice(0, 2000) });
  });
  it('handles one sentence of 100,000 characters without a period', { timeout: 120_000 }, () => {
    const text = `Der Minister sagte, dass ${'die Lage ernst sei und '.repeat(4400)}bleibe`;
    expect(text.length).toBeGreaterThan(100_000);
    const result = extractClaims(text, { language: 'de' });
    expect(result.claims.length).toBeGreaterThan(0);
    expectSpansInside(text, result);
  });
  it('gives no claims and a warning for binary garbage', () => {
    let text = '';
    for (let i = 0; i < 5000; i++) text += String.fromCharCode((i * 7919) % 0xffff);
    const result = extractClaims(text);
    expect(result.claims).toEqual([]);
    expect(result.warnings).toContain('language not supported');
  });
  it('gives no claims and a warning for another language', () => {
    const result = extractClaims('Le ministre a déclaré que la situation était grave et que le gouvernement allait agir rapidement.');
    expect(result.language).toBeNull();
    expect(result.claims).toEqual([]);
    expect(result.warnings).toContain('language not supported');
  });
  it('survives HTML and keeps spans exact', () => {
    const text = '<html><body><p>Der Minister sagte, dass die <b>Lage</b> ernst sei.</p><script>var x = "a";</script></body></html>';
    const result = extractClaims(text, { language: 'de' });
    expectSpansInside(text, result);
  });
  it('detects German and English', () => {
    expect(detectLanguage('Der Minister sagte am Dienstag, dass die Lage ernst sei.')).toBe('de');
    expect(detectLanguage('The minister said on Tuesday that the situation was serious.')).toBe('en');
    expect(detectLanguage('')).toBeNull();
  });
  it('keeps the span invariants on random text (property)', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', ' ', '.', ',', ':', '„', '“', '"', '\'', '»', '«', '‚', '‘', '\n', '\n\n', 'sagte ', 'laut ', ' so ', 'dass ', 'Der Minister ', 'sei ', '😀', '\u0000');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 300 }).map((parts) => parts.join('')), (text) => {
      const result = extractClaims(text, { language: 'de' });
      expectSpansInside(text, result);
    }), { numRuns: 300 });
  });
});

const devDir = join(defaultCorporaDir(), 'de-wikinews-quotation', 'dev');
const devPresent = existsSync(devDir);
if (!devPresent) console.warn(`robustness: corpus not found at ${devDir}, skipping the mutation property`);

describe.skipIf(!devPresent)('extractClaims on mutated real articles (property)', () => {
  const texts = devPresent
    ? readdirSync(devDir).filter((f) => f.endsWith('.json')).sort().slice(0, 40)
      .map((f) => (JSON.parse(readFileSync(join(devDir, f), 'utf8')) as { originalText: string }).originalText)
    : [];
  const marks = ['„', '“', '"', '\'', '»', '«', '‚', '‘', ':', '\n\n'];
  it('keeps the span invariants when quote marks are inserted or deleted and text is cut', { timeout: 60_000 }, () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: texts.length - 1 }),
      fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'cut'), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...marks)), { maxLength: 8 }),
      (index, edits) => {
        let text = texts[index]!;
        for (const [op, where, mark] of edits) {
          const at = Math.floor(where * text.length);
          if (op === 'insert') text = text.slice(0, at) + mark + text.slice(at);
          else if (op === 'cut') text = text.slice(0, at);
          else {
            const found = text.slice(at).search(/[„“"'»«‚‘]/u);
            if (found >= 0) text = text.slice(0, at + found) + text.slice(at + found + 1);
          }
        }
        expectSpansInside(text, extractClaims(text, { language: 'de' }));
      },
    ), { numRuns: 150 });
  });
});

const trainDir = join(defaultCorporaDir(), 'de-wikinews-quotation', 'train');
const gnadCsv = join(defaultCorporaDir(), 'de-10kgnad', 'test.csv');
const allPresent = devPresent && existsSync(trainDir) && existsSync(gnadCsv);
if (!allPresent) console.warn(`robustness: corpora not found under ${defaultCorporaDir()}, skipping the whole-corpus run`);

describe.skipIf(!allPresent)('extractClaims on every corpus article', () => {
  it('extracts all 1,878 articles (wikinews train and dev, 10kGNAD test) without a failure and with exact spans', { timeout: 300_000 }, () => {
    const wikinews = [trainDir, devDir].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { originalText: string }).originalText));
    const texts = [...wikinews, ...readGnadCsv(gnadCsv).map((a) => a.text)];
    expect(texts.length).toBe(1878);
    let claims = 0;
    for (const text of texts) {
      const result = extractClaims(text, { language: 'de' });
      expectSpansInside(text, result);
      claims += result.claims.length;
    }
    expect(claims).toBeGreaterThan(texts.length);
  });
});
