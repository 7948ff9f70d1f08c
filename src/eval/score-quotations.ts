import { assignMax } from './assign-max.js';

/** The roles scored, named as in the dataset. */
export const ROLES = ['quote', 'speaker', 'cue'] as const;
export type Role = (typeof ROLES)[number];

/** One quotation as sets of dataset token ids per role (gold or system). */
export interface QuotationTokens {
  quote: number[];
  speaker: number[];
  cue: number[];
  /** Dataset type (Direct, Indirect, ...) used only as a tie-breaker in the alignment. */
  type: string | null;
}

/** Token counts for one role. */
export interface RoleCounts { tp: number; fp: number; fn: number; exactMatches: number; goldSpans: number; systemSpans: number }

/** Per-role counts for a set of documents. */
export type Counts = Record<Role, RoleCounts>;

/** Precision, recall, F1 from token counts, and exact-span precision/recall/F1. */
export interface RoleScores { precision: number; recall: number; f1: number; exactPrecision: number; exactRecall: number; exactF1: number; tp: number; fp: number; fn: number }

/** Empty counts. */
export function emptyCounts(): Counts {
  const zero = (): RoleCounts => ({ tp: 0, fp: 0, fn: 0, exactMatches: 0, goldSpans: 0, systemSpans: 0 });
  return { quote: zero(), speaker: zero(), cue: zero() };
}

/** Token F1 of two sorted, duplicate-free id lists (the dataset's `compute_overlap`). */
export function overlapF1(gold: readonly number[], system: readonly number[]): number {
  if (gold.length === 0 || system.length === 0) return 0;
  const set = new Set(gold);
  let both = 0;
  for (const id of system) if (set.has(id)) both++;
  if (both === 0) return 0;
  const precision = both / system.length;
  const recall = both / gold.length;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * Scores one document, following the dataset's evaluation
 * (uhh-lt/seq2seq-quotation-attribution `eval_quotes.py`):
 *
 * 1. Token id lists are sorted and de-duplicated.
 * 2. Gold and system quotations are aligned one to one by maximum total
 *    score, where score = token F1 of the two quote (content) token sets
 *    + 0.01 when the types agree (only if F1 > 0), via the Hungarian
 *    algorithm. Difference to the original: a pair with score 0 is not
 *    kept as a match (scipy pairs leftovers arbitrarily); both sides are then
 *    scored as unmatched, which gives the same counts unless two unrelated
 *    quotations happen to share role tokens.
 * 3. For each aligned pair and each role, shared tokens are true positives,
 *    system-only tokens false positives, gold-only tokens false negatives.
 *    An unmatched system quotation counts all its tokens as false positives,
 *    an unmatched gold quotation all its tokens as false negatives.
 * 4. Exact spans: a role of an aligned pair matches exactly when both token
 *    sets are non-empty and equal; exact precision = matches / system
 *    quotations with that role non-empty, exact recall = matches / gold
 *    quotations with that role non-empty.
 * Scores are micro-averaged over all tokens of all documents.
 */
export function scoreDocument(gold: QuotationTokens[], system: QuotationTokens[], counts: Counts = emptyCounts()): Counts {
  const norm = (q: QuotationTokens): QuotationTokens => ({
    quote: uniqueSorted(q.quote), speaker: uniqueSorted(q.speaker), cue: uniqueSorted(q.cue), type: q.type,
  });
  const g = gold.map(norm);
  const s = system.map(norm);
  const scores = g.map((gq) => s.map((sq) => {
    const f1 = overlapF1(gq.quote, sq.quote);
    return f1 > 0 ? f1 + (gq.type !== null && gq.type === sq.type ? 0.01 : 0) : 0;
  }));
  const matchedGold = new Set<number>();
  const matchedSystem = new Set<number>();
  for (const [gi, si] of assignMax(scores)) {
    if ((scores[gi]?.[si] ?? 0) <= 0) continue;
    matchedGold.add(gi);
    matchedSystem.add(si);
    for (const role of ROLES) countRole(g[gi]![role], s[si]![role], counts[role]);
  }
  g.forEach((gq, gi) => { if (!matchedGold.has(gi)) for (const role of ROLES) countRole(gq[role], [], counts[role]); });
  s.forEach((sq, si) => { if (!matchedSystem.has(si)) for (const role of ROLES) countRole([], sq[role], counts[role]); });
  return counts;
}

function countRole(gold: number[], system: number[], counts: RoleCounts): void {
  const set = new Set(gold);
  let both = 0;
  for (const id of system) if (set.has(id)) both++;
  counts.tp += both;
  counts.fp += system.length - both;
  counts.fn += gold.length - both;
  if (gold.length > 0) counts.goldSpans++;
  if (system.length > 0) counts.systemSpans++;
  if (gold.length > 0 && both === gold.length && both === system.length) counts.exactMatches++;
}

function uniqueSorted(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Precision/recall/F1 (token level and exact span level) of one role. */
export function toScores(counts: RoleCounts): RoleScores {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  const exactPrecision = ratio(counts.exactMatches, counts.systemSpans);
  const exactRecall = ratio(counts.exactMatches, counts.goldSpans);
  return {
    precision, recall, f1: f1(precision, recall),
    exactPrecision, exactRecall, exactF1: f1(exactPrecision, exactRecall),
    tp: counts.tp, fp: counts.fp, fn: counts.fn,
  };
}
