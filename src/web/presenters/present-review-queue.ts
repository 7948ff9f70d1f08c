import type { findReviewQueue } from '../../claims/find-review-queue.js';

type Queue = Awaited<ReturnType<typeof findReviewQueue>>;

/** What the review page shows. */
export interface ReviewQueueView {
  total: number;
  totalLabel: string;
  filter: { articleId: number | null; unsourcedOnly: boolean };
  articles: { id: number; title: string; waiting: number; selected: boolean }[];
  claims: {
    id: number;
    editHref: string;
    text: string;
    kind: string;
    speaker: string;
    party: string;
    confidence: string;
    low: boolean;
    unsourced: boolean;
    article: { href: string; title: string; language: string | null };
  }[];
  pages: { previous: string | null; next: string | null; label: string };
  /** The re-extract form, when the queue shows one article. */
  reextract: { action: string } | null;
}

/** Maps the queue and its filter to the review page's view model. */
export function presentReviewQueue(
  queue: Queue,
  filter: { articleId: number | null; unsourcedOnly: boolean; page: number; pageSize: number },
): ReviewQueueView {
  const pageCount = Math.max(1, Math.ceil(queue.total / filter.pageSize));
  const href = (page: number): string => {
    const params = new URLSearchParams();
    if (filter.articleId !== null) params.set('article', String(filter.articleId));
    if (filter.unsourcedOnly) params.set('unsourced', '1');
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return query ? `/review?${query}` : '/review';
  };
  return {
    total: queue.total,
    totalLabel: queue.total === 1 ? '1 claim waits for review' : `${queue.total} claims wait for review`,
    filter: { articleId: filter.articleId, unsourcedOnly: filter.unsourcedOnly },
    articles: queue.articles.map((article) => ({
      id: article.id,
      title: article.title,
      waiting: article._count.claims,
      selected: article.id === filter.articleId,
    })),
    claims: queue.claims.map((claim) => ({
      id: claim.id,
      editHref: `/claims/${claim.id}/edit`,
      text: claim.text,
      kind: claim.kind,
      speaker: claim.actor?.name ?? claim.speakerText ?? (claim.kind === 'author' ? 'the author' : 'no speaker found'),
      party: claim.party.name,
      confidence: `${Math.round(claim.confidence * 100)}%`,
      low: claim.confidence < 0.5,
      unsourced: claim.unsourced,
      article: { href: `/articles/${claim.article.id}`, title: claim.article.title, language: claim.article.language },
    })),
    reextract: filter.articleId !== null ? { action: `/articles/${filter.articleId}/reextract` } : null,
    pages: {
      previous: filter.page > 1 ? href(filter.page - 1) : null,
      next: filter.page < pageCount ? href(filter.page + 1) : null,
      label: `Page ${Math.min(filter.page, pageCount)} of ${pageCount}`,
    },
  };
}
