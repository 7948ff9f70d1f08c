import { fileURLToPath } from 'node:url';

/** The shared corpora folder next to the repository (`../shared/corpora/`). */
export function defaultCorporaDir(): string {
  return fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
}
