import type { ClaimKind, ExtractedClaim, ExtractionResult, RelationType } from '../../../src/extract/index.js';

/** A hand-annotated claim: `text` is a snippet of the input that the claim's content must overlap. */
export interface ExpectedClaim {
  text: string;
  /** Which occurrence of the snippet (0-based) when it is not unique. */
  occurrence?: number;
  kind?: ClaimKind | ClaimKind[];
  party: string;
  actor?: string | null;
  via?: string[];
  unsourced?: boolean;
  hedged?: boolean;
  distanced?: string[];
  /** The cue's text (null: none); for a continuation the cue of the attribution it continues, in an earlier sentence. */
  cue?: string | null;
  /** For a continuation: a snippet of the claim it continues (`continues`). */
  continues?: string;
  /** Known gap of an earlier stage, named with its owner: mismatches are reported, not failed. */
  pending?: string;
}

/** A hand-annotated link: snippets of the claims at both ends; `to` and `type` may list acceptable alternatives. */
export interface ExpectedLink {
  from: string;
  to: string | string[];
  type: RelationType | RelationType[];
  pending?: string;
}

export interface GoldenCase {
  language?: 'de' | 'en';
  claims: ExpectedClaim[];
  links?: ExpectedLink[];
  /** How many claims beyond the expected ones are tolerated (default: any). */
  maxExtraClaims?: number;
  /** Why extra claims beyond `maxExtraClaims` are tolerated for now (a known gap of an earlier stage). */
  extraClaimsPending?: string;
}

export interface GoldenReport {
  problems: string[];
  /** Mismatches of expectations marked pending, and pending expectations that now pass. */
  pending: string[];
  matched: number;
  extraClaims: string[];
  extraLinks: string[];
}

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Locates a snippet in the input; throws when the annotation itself is wrong. */
function locate(input: string, snippet: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) {
    start = input.indexOf(snippet, start + 1);
    if (start < 0) throw new Error(`golden annotation: snippet not in input: ${snippet}`);
  }
  return { start, end: start + snippet.length };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function hull(claim: ExtractedClaim): { start: number; end: number } {
  const spans = [claim, claim.cue, claim.speaker].filter((s): s is NonNullable<typeof s> => !!s);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The claim whose content overlaps the snippet most (ties: the shorter claim); else the claim whose cue/speaker covers it. */
export function findClaim(result: ExtractionResult, input: string, snippet: string, occurrence = 0): ExtractedClaim | undefined {
  const where = locate(input, snippet, occurrence);
  let best: { claim: ExtractedClaim; score: number } | undefined;
  for (const claim of result.claims) {
    const score = overlap(claim, where) * 10_000 - (claim.end - claim.start) / 1000;
    if (overlap(claim, where) > 0 && (!best || score > best.score)) best = { claim, score };
  }
  if (best) return best.claim;
  return result.claims.find((claim) => overlap(hull(claim), where) > 0);
}

/**
 * Compares a result with a hand-annotated case: each expected claim must be
 * found (content overlapping its snippet) with the same party, and the same
 * kind, actor, via, flags, distanced words, cue and continued claim where annotated; each
 * expected link must exist. Extra claims and links are reported.
 */
export function compareGolden(result: ExtractionResult, input: string, expected: GoldenCase): GoldenReport {
  const problems: string[] = [];
  const pending: string[] = [];
  const used = new Set<string>();
  let matched = 0;
  if (expected.language && result.language !== expected.language) problems.push(`language ${result.language} != ${expected.language}`);
  for (const want of expected.claims) {
    const sink = want.pending ? [] : problems;
    const claim = findClaim(result, input, want.text, want.occurrence);
    if (!claim) {
      sink.push(`missing claim: "${want.text}"`);
      if (want.pending) pending.push(`[pending: ${want.pending}] missing claim: "${want.text}"`);
      continue;
    }
    used.add(claim.id);
    const label = `claim "${want.text}" (${claim.id}: "${claim.text.slice(0, 60)}")`;
    const before = sink.length;
    if (claim.party !== want.party) sink.push(`${label}: party ${claim.party} != ${want.party}`);
    if (want.kind !== undefined && !asList(want.kind).includes(claim.kind)) sink.push(`${label}: kind ${claim.kind} not in ${asList(want.kind).join('|')}`);
    if (want.actor !== undefined && claim.actor !== want.actor) sink.push(`${label}: actor ${claim.actor} != ${want.actor}`);
    if (want.via !== undefined && JSON.stringify(claim.via) !== JSON.stringify(want.via)) sink.push(`${label}: via ${JSON.stringify(claim.via)} != ${JSON.stringify(want.via)}`);
    if (want.unsourced !== undefined && claim.unsourced !== want.unsourced) sink.push(`${label}: unsourced ${claim.unsourced} != ${want.unsourced}`);
    if (want.hedged !== undefined && claim.hedged !== want.hedged) sink.push(`${label}: hedged ${claim.hedged} != ${want.hedged}`);
    if (want.cue !== undefined && (claim.cue?.text ?? null) !== want.cue) sink.push(`${label}: cue ${JSON.stringify(claim.cue?.text ?? null)} != ${JSON.stringify(want.cue)}`);
    if (want.continues !== undefined) {
      const source = findClaim(result, input, want.continues);
      if (!source || claim.continues !== source.id) sink.push(`${label}: continues ${claim.continues} != ${source?.id} ("${want.continues}")`);
    }
    if (want.distanced !== undefined) {
      const got = claim.distanced.map((d) => d.text);
      if (JSON.stringify(got) !== JSON.stringify(want.distanced)) sink.push(`${label}: distanced ${JSON.stringify(got)} != ${JSON.stringify(want.distanced)}`);
    }
    if (sink.length === before) matched++;
    if (want.pending) {
      if (sink.length === before) pending.push(`[pending now passes, remove the mark] claim "${want.text}"`);
      else pending.push(...sink.slice(before).map((p) => `[pending: ${want.pending}] ${p}`));
    }
  }
  const expectedLinks = new Set<string>();
  for (const link of expected.links ?? []) {
    const from = findClaim(result, input, link.from);
    const targets = asList(link.to).map((to) => findClaim(result, input, to)).filter((c): c is ExtractedClaim => !!c);
    const types = asList(link.type);
    const found = result.relations.find((r) => r.from === from?.id && targets.some((t) => t.id === r.to) && types.includes(r.type));
    if (link.pending && found) pending.push(`[pending now passes, remove the mark] link "${link.from}"`);
    if (!from || targets.length === 0 || !found) {
      const got = result.relations.filter((r) => r.from === from?.id).map((r) => `${r.type} ${r.to}`).join(', ') || 'none';
      (link.pending ? pending : problems).push(`${link.pending ? `[pending: ${link.pending}] ` : ''}missing link: "${link.from}" (${from?.id}) ${types.join('|')} "${asList(link.to).join('" | "')}" (${targets.map((t) => t.id).join('|')}); has: ${got}`);
    } else expectedLinks.add(`${found.from}>${found.to}`);
  }
  const extraClaims = result.claims.filter((c) => !used.has(c.id)).map((c) => `${c.id} ${c.party} ${c.kind}: ${c.text.slice(0, 70)}`);
  if (expected.maxExtraClaims !== undefined && extraClaims.length > expected.maxExtraClaims) {
    (expected.extraClaimsPending ? pending : problems).push(`${expected.extraClaimsPending ? `[pending: ${expected.extraClaimsPending}] ` : ''}${extraClaims.length} extra claims (max ${expected.maxExtraClaims}): ${extraClaims.join(' / ')}`);
  }
  const extraLinks = result.relations.filter((r) => !expectedLinks.has(`${r.from}>${r.to}`)).map((r) => `${r.from} ${r.type} ${r.to}`);
  return { problems, pending, matched, extraClaims, extraLinks };
}
