import type { ArticleWithClaims } from '../../articles/get-article.js';
import { splitParagraphs, type ParagraphRange } from '../../articles/split-paragraphs.js';
import { presentParagraphTokens, type ClaimMarkView, type TextToken } from './present-article-text.js';
import { presentContinues, type ContinuesLink } from './present-api.js';
import { presentDate, type DateView } from './present-date.js';
import { PARTY_TONES, presentPartyTone } from './present-party-tone.js';

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
  /** "Disputed by Tehran (Iran) (denies)", or null. */
  disputedLabel: string | null;
  unsourced: boolean;
  /** For a continuation, the claim it continues (whose cue it shows); otherwise null. */
  continues: ContinuesLink | null;
}

export interface ParagraphView {
  /** `h2` for a short unpunctuated line between paragraphs (a subheading). */
  tag: 'p' | 'h2';
  /** The paragraph's markup: claims around their exact words, cues and speakers marked. */
  tokens: TextToken[];
}

export interface PartyView {
  key: string;
  name: string;
  tone: string;
  claimCount: number;
  href: string;
  /** The party's claims in text order (the side list is grouped by party). */
  claims: ClaimView[];
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

/** Maps an article with its claims to the article page's view model. */
export function presentArticle(article: ArticleWithClaims): ArticleView {
  const tones = assignTones(article.claims);
  const claims = article.claims.map((claim) => presentClaim(claim, tones.get(claim.party.key) ?? UNKNOWN_TONE));
  const ranges = readParagraphs(article.paragraphs, article.text);
  const marks = new Map(article.claims.map((claim, index) => [claim.id, presentMark(article, claim, claims[index] as ClaimView)]));
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    date: presentDate(article.publishedAt),
    language: article.language,
    languageLabel: article.language ? (LANGUAGE_LABELS[article.language] ?? article.language) : null,
    paragraphs: ranges.map(([start, end], index) => ({
      tag: isSubheading(article.text.slice(start, end), index, ranges.length) ? 'h2' : 'p',
      tokens: presentParagraphTokens(article.text, [start, end], marks, article.claims),
    })),
    claims,
    parties: presentParties(claims),
    claimsNote: article.language ? 'No claims were found in this article.' : 'Claims are found in German and English articles only.',
  };
}

const RELATION_VERBS = { denies: 'denies', doubts: 'doubts', contradicts: 'contradicts', supports: 'supports' } as const;
const DISPUTES = new Set(['denies', 'doubts', 'contradicts']);

/** "Tehran (Iran) denies it; Moscow (Russia) contradicts it", or null when no claim disputes this one. */
function disputedBy(claim: ClaimRow): string | null {
  const against = claim.relationsTo.filter((relation) => DISPUTES.has(relation.type));
  return against.length === 0 ? null : against.map((relation) => `${relation.from.party.name} ${RELATION_VERBS[relation.type]} it`).join('; ');
}

/** The cue as read: the parts of a discontinuous cue joined by an ellipsis ("wies … zurück"). */
function cueWords(claim: ClaimRow): string | null {
  const parts = Array.isArray(claim.cueParts) ? claim.cueParts : [];
  const texts = parts.flatMap((part) => (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string' ? [(part as { text: string }).text] : []));
  return texts.length > 1 ? texts.join(' … ') : claim.cueText;
}

/** What the highlight of a claim and its tooltip show. */
function presentMark(article: ArticleWithClaims, claim: ClaimRow, view: ClaimView): ClaimMarkView {
  const disputes = claim.relationsFrom.filter((relation) => DISPUTES.has(relation.type));
  const chain = claim.relays.length > 0 ? [article.outlet ?? 'The article', ...claim.relays.map((relay) => relay.party.name), claim.party.name].join(' ← ') : null;
  return {
    id: claim.id,
    tone: view.tone,
    label: claim.unsourced ? `${view.partyLabel} · unsourced` : view.partyLabel,
    unsourced: claim.unsourced,
    tip: {
      partyName: claim.party.name,
      speaker: claim.speakerText,
      actorName: claim.actor?.name ?? null,
      chain,
      kindLabel: view.kindLabel,
      cue: cueWords(claim),
      disputed: view.disputedLabel,
      disputes: disputes.length === 0 ? null : disputes.map((relation) => `${RELATION_VERBS[relation.type]} a claim of ${relation.to.party.name}`).join('; '),
      flags: view.flags,
      href: view.href,
    },
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
    disputedLabel: disputedBy(claim),
    unsourced: claim.unsourced,
    continues: presentContinues(claim.continuesId),
  };
}

/**
 * Each party keeps the colour it has on every other page (presentPartyTone, from its id); two parties of one
 * article that share a colour are told apart by giving the later one the next colour no party of the article uses.
 */
function assignTones(claims: ClaimRow[]): Map<string, string> {
  const tones = new Map<string, string>();
  const used = new Set<string>();
  for (const claim of claims) {
    const { key, kind } = claim.party;
    if (tones.has(key)) continue;
    if (kind === 'author') { tones.set(key, AUTHOR_TONE); continue; }
    let tone = presentPartyTone({ id: claim.partyId, key, kind });
    if (tone !== UNKNOWN_TONE && used.has(tone)) {
      const own = claim.partyId % PARTY_TONES;
      for (let step = 1; step < PARTY_TONES; step++) {
        const next = `tone-${(own + step) % PARTY_TONES}`;
        if (!used.has(next)) { tone = next; break; }
      }
    }
    used.add(tone);
    tones.set(key, tone);
  }
  return tones;
}

function presentParties(claims: ClaimView[]): PartyView[] {
  const parties = new Map<string, PartyView>();
  for (const claim of claims) {
    const party = parties.get(claim.partyKey) ?? {
      key: claim.partyKey,
      name: claim.partyName,
      tone: claim.tone,
      claimCount: 0,
      href: `/parties/${encodeURIComponent(claim.partyKey)}`,
      claims: [],
    };
    party.claimCount += 1;
    party.claims.push(claim);
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
