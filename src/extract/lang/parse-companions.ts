import type { CompanionGroup } from './language-pack.js';

/**
 * Reads cue companions written compactly as data: each string is one group
 * of alternatives separated by "|", each alternative a word sequence
 * ("davon|von|vom", "mit den worten"). A verb cue takes the first
 * alternative of every group that stands in its clause.
 */
export function parseCompanions(entries: ReadonlyArray<[string, readonly string[]]>): ReadonlyMap<string, readonly CompanionGroup[]> {
  return new Map(entries.map(([lemma, groups]) => [lemma, groups.map((group) => group.split('|').map((alternative) => alternative.split(' ')))]));
}
