import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestSpans, type NestToken } from '../../../src/web/presenters/nest-spans.js';

interface Named {
  name: string;
  start: number;
  end: number;
}

/** Renders tokens as bracketed text: "[a:...]". */
function render(tokens: NestToken<Named>[]): string {
  return tokens.map((token) => (token.kind === 'text' ? token.text : token.kind === 'open' ? `[${token.span.name}:` : ']')).join('');
}

const text = 'Frankreich wies laut Reuters zurück, dass Paris mitmache.';

describe('nestSpans', () => {
  it('nests an inner span inside an outer one', () => {
    const outer = { name: 'o', start: 0, end: 36 };
    const inner = { name: 'i', start: 11, end: 15 };
    expect(render(nestSpans(text, 0, text.length, [outer, inner]))).toBe('[o:Frankreich [i:wies] laut Reuters zurück,] dass Paris mitmache.');
  });

  it('cuts a crossing span at the end of the enclosing one and continues it', () => {
    const a = { name: 'a', start: 0, end: 15 };
    const b = { name: 'b', start: 11, end: 28 };
    const tokens = nestSpans(text, 0, text.length, [a, b]);
    expect(render(tokens)).toBe('[a:Frankreich [b:wies]][b: laut Reuters] zurück, dass Paris mitmache.');
    const opens = tokens.filter((token) => token.kind === 'open').map((token) => token.kind === 'open' && token.first);
    expect(opens).toEqual([true, true, false]);
    const closes = tokens.filter((token) => token.kind === 'close').map((token) => token.kind === 'close' && [token.span.name, token.last]);
    expect(closes).toEqual([['b', false], ['a', true], ['b', true]]);
  });

  it('puts the earlier of two equal spans outside', () => {
    const claim = { name: 'c', start: 5, end: 9 };
    const cue = { name: 'q', start: 5, end: 9 };
    expect(render(nestSpans('0123456789', 0, 10, [claim, cue]))).toBe('01234[c:[q:5678]]9');
  });

  it('clips spans to the range and drops empty ones', () => {
    const tokens = nestSpans('0123456789', 2, 8, [{ name: 'x', start: 0, end: 4 }, { name: 'e', start: 5, end: 5 }, { name: 'y', start: 7, end: 12 }]);
    expect(render(tokens)).toBe('[x:23]456[y:7]');
    expect(tokens[0]).toMatchObject({ kind: 'open', first: false });
  });

  it('always prints the text exactly once and stays well nested', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.nat(40), fc.nat(40), (ranges, a, b) => {
        const source = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDE';
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const spans = ranges.map((range, index) => ({ ...range, name: String(index) }));
        const tokens = nestSpans(source, from, to, spans);
        expect(tokens.flatMap((token) => (token.kind === 'text' ? [token.text] : [])).join('')).toBe(source.slice(from, to));
        const stack: Named[] = [];
        for (const token of tokens) {
          if (token.kind === 'open') stack.push(token.span);
          if (token.kind === 'close') expect(stack.pop()).toBe(token.span);
          // Text inside an open span lies within that span.
          if (token.kind === 'text') for (const open of stack) expect(token.start >= open.start && token.end <= open.end).toBe(true);
        }
        expect(stack).toEqual([]);
      }),
    );
  });
});
