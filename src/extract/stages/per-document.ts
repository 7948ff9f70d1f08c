import type { WithCues } from '../types.js';

/** Wraps `build` so that it runs once per document (the result is kept as long as the document): indexes over its cues. */
export function perDocument<T>(build: (doc: WithCues) => T): (doc: WithCues) => T {
  const cache = new WeakMap<WithCues, T>();
  return (doc) => {
    let value = cache.get(doc);
    if (value === undefined) {
      value = build(doc);
      cache.set(doc, value);
    }
    return value;
  };
}
