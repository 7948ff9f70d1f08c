import { describe, expect, it } from 'vitest';
import { firstIndexWhere } from '../../src/extract/first-index-where.js';

describe('firstIndexWhere', () => {
  const starts = [0, 4, 4, 9, 15];
  it('finds the first item at or after a key, including among equal keys', () => {
    expect(firstIndexWhere(starts, (start) => start >= 4)).toBe(1);
    expect(firstIndexWhere(starts, (start) => start >= 5)).toBe(3);
    expect(firstIndexWhere(starts, (start) => start >= 0)).toBe(0);
  });
  it('gives the length when no item is reached, and 0 for an empty list', () => {
    expect(firstIndexWhere(starts, (start) => start >= 16)).toBe(starts.length);
    expect(firstIndexWhere([], () => true)).toBe(0);
  });
  it('agrees with a linear scan on every key of a sorted list', () => {
    const items = [1, 1, 2, 3, 5, 8, 8, 8, 13, 21];
    for (let key = 0; key <= 22; key++) {
      expect(firstIndexWhere(items, (item) => item >= key)).toBe(items.findIndex((item) => item >= key) === -1 ? items.length : items.findIndex((item) => item >= key));
    }
  });
});
