import type { ArticleWithClaims } from '../../articles/get-article.js';
import { nestSpans } from './nest-spans.js';

type ClaimRow = ArticleWithClaims['claims'][number];

/** What a claim's highlight and its tooltip show. */
export interface ClaimMarkView {
  id: number;
  tone: string;
  /** Short party name shown before the highlight ("Paris"). */
  label: string;
  unsourced: boolean;
  tip: {
    partyName: string;
    speaker: string | null;
    actorName: string | null;
    /** "RT Deutsch ← Reuters ← Paris (France)", or null when the article quotes the speaker directly. */
    chain: string | null;
    kindLabel: string;
    cue: string | null;
    /** "Disputed: Tehran (Iran) denies it", or null. */
    disputed: string | null;
    /** "Disputes: a claim of Washington", or null. */
    disputes: string | null;
    flags: string[];
    href: string;
  };
}

/** One step of a paragraph's markup. Templates escape `text`. */
export type TextToken =
  | { kind: 'text'; text: string }
  | { kind: 'open-claim'; claim: ClaimMarkView; first: boolean }
  | { kind: 'close-claim'; claim: ClaimMarkView; first: boolean }
  | { kind: 'open-role'; role: 'cue' | 'speaker' }
  | { kind: 'close-role' };

interface ClaimSpan {
  start: number;
  end: number;
  claim: ClaimMarkView;
}

interface RoleSpan {
  start: number;
  end: number;
  role: 'cue' | 'speaker';
}

/**
 * The markup of one paragraph: every claim as one element around its exact
 * words (nested claims inside, crossing ones continued), with its cue and its
 * speaker marked; claims enclose cues and speakers of the same range.
 */
export function presentParagraphTokens(text: string, range: [number, number], marks: Map<number, ClaimMarkView>, claims: ClaimRow[]): TextToken[] {
  const claimSpans: ClaimSpan[] = claims.flatMap((claim) => {
    const mark = marks.get(claim.id);
    return mark ? [{ start: claim.start, end: claim.end, claim: mark }] : [];
  });
  const roles = new Map<string, RoleSpan>();
  for (const claim of claims) {
    const cues = readParts(claim.cueParts) ?? (claim.cueStart !== null && claim.cueEnd !== null ? [{ start: claim.cueStart, end: claim.cueEnd }] : []);
    for (const cue of cues) roles.set(`cue:${cue.start}:${cue.end}`, { ...cue, role: 'cue' });
    if (claim.speakerStart !== null && claim.speakerEnd !== null) {
      roles.set(`speaker:${claim.speakerStart}:${claim.speakerEnd}`, { start: claim.speakerStart, end: claim.speakerEnd, role: 'speaker' });
    }
  }
  const spans: (ClaimSpan | RoleSpan)[] = [...claimSpans, ...roles.values()];
  const firsts: boolean[] = [];
  return nestSpans(text, range[0], range[1], spans).map((token): TextToken => {
    if (token.kind === 'text') return { kind: 'text', text: token.text };
    const span = token.span;
    if ('role' in span) return token.kind === 'open' ? { kind: 'open-role', role: span.role } : { kind: 'close-role' };
    if (token.kind === 'open') {
      firsts.push(token.first);
      return { kind: 'open-claim', claim: span.claim, first: token.first };
    }
    return { kind: 'close-claim', claim: span.claim, first: firsts.pop() ?? false };
  });
}

function readParts(value: unknown): { start: number; end: number }[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const parts = value.filter(
    (part): part is { start: number; end: number } =>
      typeof part === 'object' && part !== null && Number.isInteger((part as { start?: unknown }).start) && Number.isInteger((part as { end?: unknown }).end),
  );
  return parts.length > 0 ? parts : null;
}
