import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

const pieces = ['„', '“', '"', '»', '«', ':', ' - ', ', ', '. ', '\n\n', 'Teheran', 'wies', 'zurück', 'laut', 'Reuters', 'sagte', 'er', 'Esper',
  'bestritten', 'was von', 'dass', 'sei', 'nicht überzeugt', 'schloss sich', 'an', 'denied', 'according to', 'he said', 'Lawrow:',
  'Mehr zum Thema', 'US-', 'der', 'Die', '?', '(', ')', 'über internationalen Gewässern', 'Hoheitsgebiet', '\u00a0', '😀', 'Ä'];

describe('knowledge stages on arbitrary text', () => {
  it('keep spans anchored, ids in text order, relations and dispute lists consistent', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom<'de' | 'en'>('de', 'en'), (parts, language) => {
      const text = parts.join(' ');
      const result = extractClaims(text, { language });
      expect(result.warnings.filter((w) => w.startsWith('extraction failed'))).toEqual([]);
      result.claims.forEach((claim, i) => {
        expect(claim.id).toBe(`c${i + 1}`);
        expect(claim.end).toBeGreaterThan(claim.start);
        expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        if (claim.speaker) expect(text.slice(claim.speaker.start, claim.speaker.end)).toBe(claim.speaker.text);
        for (const d of claim.distanced) expect(text.slice(d.start, d.end)).toBe(d.text);
        expect(claim.party).not.toBe('');
      });
      for (let i = 1; i < result.claims.length; i++) expect(result.claims[i]!.start).toBeGreaterThanOrEqual(result.claims[i - 1]!.start);
      const ids = new Set(result.claims.map((c) => c.id));
      for (const relation of result.relations) {
        expect(ids.has(relation.from) && ids.has(relation.to) && relation.from !== relation.to).toBe(true);
        const from = result.claims.find((c) => c.id === relation.from)!;
        expect(relation.type === 'supports' ? from.supports : from.disputes).toContain(relation.to);
      }
    }), { numRuns: 400 });
  });
});
