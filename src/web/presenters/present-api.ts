import type { ArticlePageItem } from '../../articles/find-article-page.js';
import type { PageOf } from '../../claims/claim-filters.js';
import type { ClaimSummary } from '../../claims/claim-summary.js';
import type { Dispute } from '../../disputes/find-disputes.js';

/** A claim in the JSON API (documented in the README, "JSON API"). */
export interface ClaimJson {
  id: number;
  href: string;
  articleHref: string;
  article: { id: number; title: string; outlet: string | null; language: string | null; publishedAt: string | null; url: string | null };
  text: string;
  start: number;
  end: number;
  kind: string;
  cue: { text: string; start: number | null; end: number | null } | null;
  speaker: { text: string; start: number | null; end: number | null } | null;
  actor: { id: number; key: string; name: string } | null;
  party: { key: string; name: string };
  via: { key: string; name: string }[];
  confidence: number;
  status: string;
  unsourced: boolean;
  hedged: boolean;
  /** For a continuation, the claim it continues (whose cue it shows); otherwise null. */
  continues: ContinuesLink | null;
  /** How many claims deny, doubt or contradict this one. */
  disputedCount: number;
}

/** Page information of every list in the JSON API. */
export interface PaginationJson {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** The pagination block of a list. */
export function presentPaginationJson(list: PageOf<unknown>): PaginationJson {
  return { page: list.page, pageSize: list.pageSize, total: list.total, pageCount: Math.max(1, Math.ceil(list.total / list.pageSize)) };
}

/** Maps a claim row to its JSON shape. */
/** The claim a continuation continues, as the JSON and the article page link it. */
export interface ContinuesLink { id: number; href: string }

export function presentContinues(continuesId: number | null): ContinuesLink | null {
  return continuesId === null ? null : { id: continuesId, href: `/claims/${continuesId}` };
}

export function presentClaimJson(claim: ClaimSummary): ClaimJson {
  return {
    id: claim.id,
    href: `/claims/${claim.id}`,
    articleHref: `/articles/${claim.article.id}#claim-${claim.id}`,
    article: {
      id: claim.article.id,
      title: claim.article.title,
      outlet: claim.article.outlet,
      language: claim.article.language,
      publishedAt: claim.article.publishedAt?.toISOString() ?? null,
      url: claim.article.url,
    },
    text: claim.text,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    cue: claim.cueText === null ? null : { text: claim.cueText, start: claim.cueStart, end: claim.cueEnd },
    speaker: claim.speakerText === null ? null : { text: claim.speakerText, start: claim.speakerStart, end: claim.speakerEnd },
    actor: claim.actor ? { id: claim.actor.id, key: claim.actor.key, name: claim.actor.name } : null,
    party: { key: claim.party.key, name: claim.party.name },
    via: claim.relays.map((relay) => ({ key: relay.party.key, name: relay.party.name })),
    confidence: claim.confidence,
    status: claim.status,
    unsourced: claim.unsourced,
    hedged: claim.hedged,
    continues: presentContinues(claim.continuesId),
    disputedCount: claim._count.relationsTo,
  };
}

/** Maps a dispute to its JSON shape. */
export function presentDisputeJson(dispute: Dispute) {
  return {
    claim: presentClaimJson(dispute.claim),
    counterclaims: dispute.counterclaims.map((counter) => ({
      relation: counter.type,
      claim: presentClaimJson(counter.claim),
      supporters: counter.supporters.map(presentClaimJson),
    })),
    supporters: dispute.supporters.map(presentClaimJson),
  };
}

/** Maps an article list row to its JSON shape. */
export function presentArticleJson(article: ArticlePageItem) {
  return {
    id: article.id,
    href: `/articles/${article.id}`,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    language: article.language,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    claimCount: article._count.claims,
  };
}
