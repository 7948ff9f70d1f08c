import type { CueCandidate, WithCues, WithQuotes } from '../types.js';

/** Stage 3: finds attribution cues (reporting verbs incl. separable ones, prepositions, colon). */
export function findCues(doc: WithQuotes): WithCues {
  const cues: CueCandidate[] = [];
  return { ...doc, cues };
}
