import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

/** Pieces of the English constructions the rules read (datelines, "according to", "quoted … as saying", negation, contact clauses). */
const pieces = ['WASHINGTON', '(Reuters)', ' - ', '—', 'The United States', 'on Thursday', 'said', 'told', 'the BBC', ':', 'that', ',', '.', '"',
  '“', '”', 'according to', 'state television', 'Peskov', 'the Kremlin spokesman', 'a charge', 'Tehran', 'rejected', 'as baseless',
  'quoted', 'an aide to', 'as saying', 'did not', "didn't", 'respond', 'deny', 'officials', 'diplomats', 'after', 'as', 'investors',
  'in a statement', 'by', 'of', 'was accused', 'US', 'WHO', 'citing', 'reportedly', 'appears to', 'drone', 'aircraft', 'airspace',
  'international waters', 'he', 'she', 'saying', 'adding', '\n\n', '?'];

describe('English rules on arbitrary text', () => {
  it('never fail and keep every span anchored in the input', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }), (parts) => {
      const text = parts.join(' ');
      const result = extractClaims(text, { language: 'en' });
      expect(result.warnings.filter((w) => w.includes('extraction failed'))).toEqual([]);
      for (const claim of result.claims) {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        if (claim.speaker) expect(text.slice(claim.speaker.start, claim.speaker.end)).toBe(claim.speaker.text);
        if (claim.cue) expect(text.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
        expect(claim.end).toBeGreaterThan(claim.start);
      }
    }), { numRuns: 5000 });
  });
});
