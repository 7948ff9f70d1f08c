import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { getClaimCluster } from '../clusters/get-claim-cluster.js';
import type { Prisma } from '../generated/prisma/client.js';
import { CLAIM_SUMMARY } from './claim-summary.js';

const RELATED = { where: { status: { not: 'rejected' as const } }, orderBy: [{ confidence: 'desc' as const }, { id: 'asc' as const }] };

/** Query shape of a claim with everything its page shows. */
const CLAIM_DETAIL = {
  ...CLAIM_SUMMARY,
  article: { select: { id: true, title: true, url: true, outlet: true, language: true, publishedAt: true, text: true, paragraphs: true } },
  relationsFrom: { ...RELATED, include: { to: { include: CLAIM_SUMMARY } } },
  relationsTo: { ...RELATED, include: { from: { include: CLAIM_SUMMARY } } },
  /** The claim a continuation continues (whose cue it shows). */
  continues: { select: { id: true, text: true } },
} satisfies Prisma.ClaimInclude;

/** Gets one claim with its article, relations (both ways, across articles) and the editors' change history; CLAIM_NOT_FOUND when absent. */
export async function getClaim(db: Database, options: { id: number }) {
  const [claim, history, cluster] = await Promise.all([
    db.prisma.claim.findUnique({ where: { id: options.id }, include: CLAIM_DETAIL }),
    db.prisma.auditEntry.findMany({
      where: { entityType: 'claim', entityId: String(options.id) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: { user: { select: { name: true, username: true } } },
    }),
    getClaimCluster(db.prisma, options.id),
  ]);
  if (!claim) throw new AppError('CLAIM_NOT_FOUND');
  // The earliest article carrying the same words (the claim's first appearance).
  const first = await db.prisma.claim.findFirst({
    where: { text: claim.text, status: { not: 'rejected' } },
    orderBy: [{ article: { publishedAt: { sort: 'asc', nulls: 'last' } } }, { articleId: 'asc' }],
    select: { article: { select: { id: true, title: true, url: true, publishedAt: true } } },
  });
  return { ...claim, history, cluster, firstAppearance: first?.article ?? null };
}

/** A claim as returned by {@link getClaim}. */
export type ClaimDetail = Awaited<ReturnType<typeof getClaim>>;
