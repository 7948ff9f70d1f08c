import { describe, expect, it } from 'vitest';
import { segmentRange } from '../../../src/web/presenters/segment-range.js';

const text = 'Paris sagte, Berlin habe gewarnt, es gebe Risiken.';

describe('segmentRange', () => {
  it('returns the whole range unmarked when nothing covers it', () => {
    expect(segmentRange(text, 0, 5, [])).toEqual([{ text: 'Paris', start: 0, end: 5, mark: null, opens: false }]);
  });

  it('cuts at mark boundaries and marks the innermost of nested marks', () => {
    const outer = { id: 'outer', start: text.indexOf('Berlin'), end: text.length - 1 };
    const inner = { id: 'inner', start: text.indexOf('es gebe'), end: text.length - 1 };
    const segments = segmentRange(text, 0, text.length, [outer, inner]);
    expect(segments.map((segment) => [segment.text, segment.mark?.id ?? null, segment.opens])).toEqual([
      ['Paris sagte, ', null, false],
      ['Berlin habe gewarnt, ', 'outer', true],
      ['es gebe Risiken', 'inner', true],
      ['.', null, false],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('clips marks that reach outside the range and does not reopen them', () => {
    const mark = { id: 'm', start: 0, end: text.indexOf(' habe') };
    const segments = segmentRange(text, text.indexOf('sagte'), text.indexOf(', es'), [mark]);
    expect(segments.map((segment) => [segment.text, segment.mark?.id ?? null, segment.opens])).toEqual([
      ['sagte, Berlin', 'm', false],
      [' habe gewarnt', null, false],
    ]);
  });

  it('ignores empty marks', () => {
    expect(segmentRange(text, 0, 5, [{ start: 2, end: 2 }])).toHaveLength(1);
  });
});
