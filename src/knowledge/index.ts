import { compileKnowledge } from './compile-knowledge.js';
import { DEFAULT_ACTORS } from './default-actors.js';
import { DEFAULT_PARTIES } from './default-parties.js';
import type { Knowledge } from './types.js';

export * from './types.js';
export { compileKnowledge } from './compile-knowledge.js';
export { DEFAULT_ACTORS } from './default-actors.js';
export { DEFAULT_PARTIES } from './default-parties.js';
export { normalizeAlias } from './normalize-alias.js';

let defaultKnowledge: Knowledge | null = null;

/** The compiled default world knowledge, built once on first use. */
export function getDefaultKnowledge(): Knowledge {
  defaultKnowledge ??= compileKnowledge(DEFAULT_PARTIES, DEFAULT_ACTORS);
  return defaultKnowledge;
}
