import { extractClaims } from '../extract/index.js';
import type { ExtractionResult } from '../extract/types.js';
import { claimToQuotations } from './claims-to-tokens.js';
import type { CorpusDocument } from './load-wikinews-corpus.js';
import { emptyCounts, ROLES, scoreDocument, toScores, type Role, type RoleScores } from './score-quotations.js';

/** Scores of one evaluation run. */
export interface EvaluationReport {
  documents: number;
  goldQuotations: number;
  systemQuotations: number;
  /** Documents whose extraction failed (scored as if nothing was found); an evaluation with any is not a valid measurement. */
  failures: { document: string; message: string }[];
  roles: Record<Role, RoleScores>;
  seconds: number;
}

/**
 * Extracts claims from every document (as German) and scores them against the gold quotations.
 * The article's own voice (kind `author`) is no quotation and is left out. `extractClaims` never
 * throws; a document it reports as failed is listed in `failures` instead of passing unnoticed.
 */
export function evaluateWikinews(documents: readonly CorpusDocument[], extract: (text: string) => ExtractionResult = defaultExtract): EvaluationReport {
  const started = performance.now();
  const counts = emptyCounts();
  let goldQuotations = 0;
  let systemQuotations = 0;
  const failures: EvaluationReport['failures'] = [];
  for (const doc of documents) {
    const tokens = [...doc.tokens].sort((a, b) => a.charBegin - b.charBegin);
    const gold = doc.annotations.map((a) => ({
      quote: a.quote.tokenIds, speaker: a.speaker.tokenIds, cue: a.cue.tokenIds, type: a.type,
    }));
    const result = extract(doc.originalText);
    for (const warning of result.warnings) {
      if (warning.startsWith(FAILED)) failures.push({ document: doc.name, message: warning.slice(FAILED.length).trim() });
    }
    const system = result.claims.filter((claim) => claim.kind !== 'author').flatMap((claim) => claimToQuotations(claim, tokens));
    goldQuotations += gold.length;
    systemQuotations += system.length;
    scoreDocument(gold, system, counts);
  }
  const roles = Object.fromEntries(ROLES.map((role) => [role, toScores(counts[role])])) as Record<Role, RoleScores>;
  return { documents: documents.length, goldQuotations, systemQuotations, failures, roles, seconds: (performance.now() - started) / 1000 };
}

const FAILED = 'extraction failed:';

function defaultExtract(text: string): ExtractionResult {
  return extractClaims(text, { language: 'de' });
}
