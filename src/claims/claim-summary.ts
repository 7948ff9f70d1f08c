import type { Prisma } from '../generated/prisma/client.js';

/** Relation types that set one claim against another. */
export const DISPUTE_TYPES = ['denies', 'doubts', 'contradicts'] as const;

/** What every list of claims loads with a claim: its party, actor, relay chain, article, and how many live claims dispute it. */
export const CLAIM_SUMMARY = {
  party: { select: { id: true, key: true, name: true, kind: true } },
  actor: { select: { id: true, key: true, name: true } },
  relays: { orderBy: { position: 'asc' }, select: { position: true, party: { select: { id: true, key: true, name: true } } } },
  article: { select: { id: true, title: true, url: true, outlet: true, language: true, publishedAt: true } },
  _count: { select: { relationsTo: { where: { type: { in: [...DISPUTE_TYPES] }, status: { not: 'rejected' }, from: { status: { not: 'rejected' } } } } } },
} satisfies Prisma.ClaimInclude;

/** A claim row with {@link CLAIM_SUMMARY}. */
export type ClaimSummary = Prisma.ClaimGetPayload<{ include: typeof CLAIM_SUMMARY }>;

/** Order of claims in lists: newest article first, then text order. */
export const CLAIM_ORDER = [
  { article: { publishedAt: { sort: 'desc', nulls: 'last' } } },
  { articleId: 'desc' },
  { start: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ClaimOrderByWithRelationInput[];
