import { extractClaims } from '../extract/index.js';
import type { ExtractedClaim } from '../extract/types.js';
import { claimToQuotations } from './claims-to-tokens.js';
import type { CorpusDocument } from './load-wikinews-corpus.js';
import { emptyCounts, ROLES, scoreDocument, toScores, type Role, type RoleScores } from './score-quotations.js';

/** Scores of one evaluation run. */
export interface EvaluationReport {
  documents: number;
  goldQuotations: number;
  systemQuotations: number;
  roles: Record<Role, RoleScores>;
  seconds: number;
}

/** Extracts claims from every document (as German) and scores them against the gold quotations. */
export function evaluateWikinews(documents: readonly CorpusDocument[], extract: (text: string) => ExtractedClaim[] = defaultExtract): EvaluationReport {
  const started = performance.now();
  const counts = emptyCounts();
  let goldQuotations = 0;
  let systemQuotations = 0;
  for (const doc of documents) {
    const tokens = [...doc.tokens].sort((a, b) => a.charBegin - b.charBegin);
    const gold = doc.annotations.map((a) => ({
      quote: a.quote.tokenIds, speaker: a.speaker.tokenIds, cue: a.cue.tokenIds, type: a.type,
    }));
    const system = extract(doc.originalText).flatMap((claim) => claimToQuotations(claim, tokens));
    goldQuotations += gold.length;
    systemQuotations += system.length;
    scoreDocument(gold, system, counts);
  }
  const roles = Object.fromEntries(ROLES.map((role) => [role, toScores(counts[role])])) as Record<Role, RoleScores>;
  return { documents: documents.length, goldQuotations, systemQuotations, roles, seconds: (performance.now() - started) / 1000 };
}

function defaultExtract(text: string): ExtractedClaim[] {
  return extractClaims(text, { language: 'de' }).claims.filter((claim) => claim.kind !== 'author');
}
