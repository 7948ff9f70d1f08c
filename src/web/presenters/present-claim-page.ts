import { splitParagraphs } from '../../articles/split-paragraphs.js';
import type { ClaimDetail } from '../../claims/get-claim.js';
import { presentClaimCluster, type ClaimClusterPartialView } from './present-claim-cluster.js';
import { presentClaimSummary, type ClaimSummaryView } from './present-claim-summary.js';
import { presentDate, type DateView } from './present-date.js';
import { RELATION_LABELS } from './present-dispute.js';
import { presentHistory, type HistoryEntryView } from './present-history.js';
import { presentJsonLd } from './present-json-ld.js';
import { segmentRange } from './segment-range.js';

/** A run of the claim's paragraph inside or outside the claim; `parts` mark the cue and the speaker. */
export interface ContextSegmentView {
  claim: boolean;
  parts: { text: string; role: 'cue' | 'speaker' | null }[];
}

/** Another claim related to this one, and how. */
export interface RelatedClaimView {
  /** "denies this claim", "this claim doubts it", ... */
  relation: string;
  claim: ClaimSummaryView;
}

/** Everything the claim page shows. */
export interface ClaimPageView {
  claim: ClaimSummaryView;
  cue: string | null;
  /** For a continuation, the claim it continues (where its cue is), its text shortened. */
  continues: { href: string; text: string } | null;
  confidenceLabel: string;
  context: ContextSegmentView[];
  against: RelatedClaimView[];
  backing: RelatedClaimView[];
  history: HistoryEntryView[];
  firstAppearance: { title: string; href: string; date: DateView | null } | null;
  /** The same claim in other articles (views/partials/claim-cluster.ejs). */
  cluster: ClaimClusterPartialView | null;
  /** schema.org Claim, serialised for a JSON-LD script element. */
  jsonLd: string;
}

type Relation = ClaimDetail['relationsTo'][number]['type'];

/** Maps a claim with its relations and history to the claim page; `baseUrl` makes links absolute in JSON-LD. */
export function presentClaimPage(claim: ClaimDetail, baseUrl: string): ClaimPageView {
  const summary = presentClaimSummary(claim);
  const incoming = (types: Relation[]) =>
    claim.relationsTo
      .filter((relation) => types.includes(relation.type))
      .map((relation) => ({ relation: `${RELATION_LABELS[relation.type]} this claim`, claim: presentClaimSummary(relation.from) }));
  const outgoing = (types: Relation[]) =>
    claim.relationsFrom
      .filter((relation) => types.includes(relation.type))
      .map((relation) => ({ relation: `this claim ${RELATION_LABELS[relation.type]}`, claim: presentClaimSummary(relation.to) }));
  const disputes: Relation[] = ['denies', 'doubts', 'contradicts'];
  const first = claim.firstAppearance;
  return {
    claim: summary,
    cue: claim.cueText,
    continues: claim.continues ? { href: `/claims/${claim.continues.id}`, text: shorten(claim.continues.text) } : null,
    confidenceLabel: `${Math.round(claim.confidence * 100)} %`,
    context: presentContext(claim),
    against: [...incoming(disputes), ...outgoing(disputes)],
    backing: [...incoming(['supports']), ...outgoing(['supports'])],
    history: presentHistory(claim.history),
    firstAppearance: first ? { title: first.title, href: `/articles/${first.id}`, date: presentDate(first.publishedAt) } : null,
    jsonLd: presentJsonLd(claimJsonLd(claim, baseUrl)),
    cluster: presentClaimCluster(claim.cluster, claim.id),
  };
}

/** A claim's text cut at a word boundary to at most `length` characters, with "…" when cut. */
function shorten(text: string, length = 80): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

function presentContext(claim: ClaimDetail): ContextSegmentView[] {
  const { text } = claim.article;
  const paragraphs = splitParagraphs(text);
  const first = paragraphs.find(([, end]) => end > claim.start) ?? [claim.start, claim.end];
  const last = [...paragraphs].reverse().find(([start]) => start < claim.end) ?? first;
  const roles = [
    ...(claim.cueStart !== null && claim.cueEnd !== null ? [{ start: claim.cueStart, end: claim.cueEnd, role: 'cue' as const }] : []),
    ...(claim.speakerStart !== null && claim.speakerEnd !== null ? [{ start: claim.speakerStart, end: claim.speakerEnd, role: 'speaker' as const }] : []),
  ];
  const from = Math.min(first[0], claim.start);
  const to = Math.max(last[1], claim.end);
  return segmentRange(text, from, to, [{ start: claim.start, end: claim.end }]).map((segment) => ({
    claim: segment.mark !== null,
    parts: segmentRange(text, segment.start, segment.end, roles).map((part) => ({ text: part.text, role: part.mark?.role ?? null })),
  }));
}

function claimJsonLd(claim: ClaimDetail, baseUrl: string): Record<string, unknown> {
  const party = { '@type': 'Organization', name: claim.party.name, identifier: claim.party.key, url: `${baseUrl}/parties/${encodeURIComponent(claim.party.key)}` };
  const author = claim.actor
    ? { '@type': 'Person', name: claim.actor.name, url: `${baseUrl}/actors/${claim.actor.id}`, affiliation: party }
    : party;
  /** Where the words appeared: the article's own URL when known, our copy (at the claim) as `sameAs`. */
  const appearance = (article: { id: number; title: string; url: string | null; publishedAt: Date | null }, anchor = '') => {
    const ours = `${baseUrl}/articles/${article.id}${anchor}`;
    return {
      '@type': 'NewsArticle',
      headline: article.title,
      url: article.url ?? ours,
      ...(article.url ? { sameAs: ours } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    };
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': `${baseUrl}/claims/${claim.id}`,
    url: `${baseUrl}/claims/${claim.id}`,
    text: claim.text,
    ...(claim.article.language ? { inLanguage: claim.article.language } : {}),
    author,
    appearance: appearance(claim.article, `#claim-${claim.id}`),
    firstAppearance: appearance(claim.firstAppearance ?? claim.article),
  };
}
