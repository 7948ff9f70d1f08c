import type { ArticleWithClaims } from '../../articles/get-article.js';
import { splitParagraphs, type ParagraphRange } from '../../articles/split-paragraphs.js';
import { presentDate, type DateView } from './present-date.js';
import { segmentRange } from './segment-range.js';

type ClaimRow = ArticleWithClaims['claims'][number];

/** A claim as listed beside the article and highlighted in it. */
export interface ClaimView {
  id: number;
  /** The claim's own page. */
  href: string;
  start: number;
  end: number;
  text: string;
  partyKey: string;
  partyName: string;
  /** The party's name without its explanation in brackets: "Paris" for "Paris (France)". */
  partyLabel: string;
  /** CSS class giving the party its colour. */
  tone: string;
  speaker: string | null;
  via: string | null;
  kindLabel: string;
  flags: string[];
  /** One-line description for tooltips. */
  title: string;
}

/** A piece of a paragraph, highlighted when a claim covers it. */
export interface SegmentView {
  text: string;
  claim: { id: number; tone: string; partyLabel: string; title: string; first: boolean } | null;
}

export interface ParagraphView {
  /** `h2` for a short unpunctuated line between paragraphs (a subheading). */
  tag: 'p' | 'h2';
  segments: SegmentView[];
}

export interface PartyView {
  key: string;
  name: string;
  tone: string;
  claimCount: number;
}

/** Everything the article page shows. */
export interface ArticleView {
  id: number;
  title: string;
  outlet: string | null;
  date: DateView | null;
  language: string | null;
  languageLabel: string | null;
  paragraphs: ParagraphView[];
  claims: ClaimView[];
  parties: PartyView[];
  /** Shown in place of the claim list when there are no claims. */
  claimsNote: string;
}

const KIND_LABELS: Record<ClaimRow['kind'], string> = {
  direct: 'Direct quote',
  indirect: 'Indirect speech',
  mixed: 'Partial quote',
  reported: 'Reported',
  author: "Author's voice",
};

const LANGUAGE_LABELS: Record<string, string> = { de: 'German', en: 'English' };

/** Party tones 0-6 go to parties in order of appearance; 7 (grey) to unknown sources; the author's voice is only underlined. */
const UNKNOWN_TONE = 'tone-7';
const AUTHOR_TONE = 'tone-author';
const PARTY_TONES = 7;

/** Maps an article with its claims to the article page's view model. */
export function presentArticle(article: ArticleWithClaims): ArticleView {
  const tones = assignTones(article.claims);
  const claims = article.claims.map((claim) => presentClaim(claim, tones.get(claim.party.key) ?? UNKNOWN_TONE));
  const ranges = readParagraphs(article.paragraphs, article.text);
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    date: presentDate(article.publishedAt),
    language: article.language,
    languageLabel: article.language ? (LANGUAGE_LABELS[article.language] ?? article.language) : null,
    paragraphs: ranges.map(([start, end], index) => ({
      tag: isSubheading(article.text.slice(start, end), index, ranges.length) ? 'h2' : 'p',
      segments: segmentRange(article.text, start, end, claims).map((segment) => ({
        text: segment.text,
        claim: segment.mark && {
          id: segment.mark.id,
          tone: segment.mark.tone,
          partyLabel: segment.mark.partyLabel,
          title: segment.mark.title,
          first: segment.opens,
        },
      })),
    })),
    claims,
    parties: presentParties(claims),
    claimsNote: article.language ? 'No claims were found in this article.' : 'Claims are found in German and English articles only.',
  };
}

function presentClaim(claim: ClaimRow, tone: string): ClaimView {
  const via = claim.relays.map((relay) => relay.party.name).join(' → ') || null;
  const flags = [claim.hedged && 'hedged', claim.unsourced && 'unsourced', claim.status !== 'machine' && claim.status].filter(
    (flag): flag is string => typeof flag === 'string',
  );
  const kindLabel = KIND_LABELS[claim.kind];
  return {
    id: claim.id,
    href: `/claims/${claim.id}`,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    partyKey: claim.party.key,
    partyName: claim.party.name,
    partyLabel: claim.party.name.replace(/\s*\([^)]*\)$/, '') || claim.party.name,
    tone,
    speaker: claim.speakerText,
    via,
    kindLabel,
    flags,
    title: [claim.party.name + (via ? ` via ${via}` : ''), kindLabel, ...flags].join(' · '),
  };
}

function assignTones(claims: ClaimRow[]): Map<string, string> {
  const tones = new Map<string, string>();
  for (const claim of claims) {
    const { key, kind } = claim.party;
    if (tones.has(key)) continue;
    const coloured = [...tones.values()].filter((tone) => tone !== AUTHOR_TONE && tone !== UNKNOWN_TONE).length;
    tones.set(key, kind === 'author' ? AUTHOR_TONE : key === 'unknown' ? UNKNOWN_TONE : `tone-${coloured % PARTY_TONES}`);
  }
  return tones;
}

function presentParties(claims: ClaimView[]): PartyView[] {
  const parties = new Map<string, PartyView>();
  for (const claim of claims) {
    const party = parties.get(claim.partyKey) ?? { key: claim.partyKey, name: claim.partyName, tone: claim.tone, claimCount: 0 };
    party.claimCount += 1;
    parties.set(claim.partyKey, party);
  }
  return [...parties.values()];
}

/** Paragraph offsets as stored; recomputed when the stored value is not a list of ranges. */
function readParagraphs(stored: unknown, text: string): ParagraphRange[] {
  const valid =
    Array.isArray(stored) &&
    stored.every(
      (range): range is ParagraphRange =>
        Array.isArray(range) && range.length === 2 && Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] <= range[1] && range[1] <= text.length,
    );
  return valid ? stored : splitParagraphs(text);
}

function isSubheading(text: string, index: number, count: number): boolean {
  return index > 0 && index < count - 1 && text.length <= 90 && !text.includes('\n') && !/[.!?:;,"“”„»«)]$/.test(text);
}
