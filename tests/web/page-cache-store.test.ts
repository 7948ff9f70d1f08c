import { describe, expect, it } from 'vitest';
import { PageStore, type CachedPage } from '../../src/web/middleware/page-store.js';

function page(bytes: number): CachedPage {
  return { body: Buffer.alloc(bytes, 'x'), gzipped: null, contentType: 'text/html; charset=utf-8', etag: 'W/"1"', headers: [], at: Date.now(), refreshing: false };
}

describe('PageStore', () => {
  it('evicts the least recently used pages to stay within its bytes', () => {
    const store = new PageStore(10_000);
    store.set('a', page(3_000));
    store.set('b', page(3_000));
    store.set('c', page(3_000));
    expect(store.get('a')).toBeDefined(); // a is now the most recent
    store.set('d', page(3_000));
    expect(store.get('b')).toBeUndefined();
    expect([store.get('a'), store.get('c'), store.get('d')].every(Boolean)).toBe(true);
    expect(store.bytes).toBeLessThanOrEqual(10_000);
    expect(store.size).toBe(3);
  });

  it('counts the gzipped body and refuses a page larger than the whole budget', () => {
    const store = new PageStore(5_000);
    expect(store.set('big', page(6_000))).toBe(false);
    expect(store.size).toBe(0);
    const zipped = { ...page(2_000), gzipped: Buffer.alloc(2_000) };
    store.set('z', zipped);
    expect(store.bytes).toBeGreaterThanOrEqual(4_000);
    store.set('y', page(2_000));
    expect(store.get('z')).toBeUndefined();
  });

  it('replaces a key without counting it twice, and deletes only the page it was given', () => {
    const store = new PageStore(10_000);
    const first = page(1_000);
    store.set('a', first);
    const bytes = store.bytes;
    const second = page(1_000);
    store.set('a', second);
    expect(store.bytes).toBe(bytes);
    store.delete('a', first);
    expect(store.get('a')).toBe(second);
    store.delete('a');
    expect([store.size, store.bytes]).toEqual([0, 0]);
  });
});
