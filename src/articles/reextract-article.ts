import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { extractClaims, type ExtractedClaim } from '../extract/index.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Prisma } from '../generated/prisma/client.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadKnowledge } from './load-knowledge.js';
import { storeExtraction } from './store-extraction.js';

type Tx = Prisma.TransactionClient;

/** What a re-extraction did. */
export interface ReextractArticleResult {
  /** Claims an editor confirmed, corrected or rejected: left as they were. */
  kept: number;
  /** Machine claims deleted. */
  removed: number;
  /** Claims the new extraction added. */
  added: number;
  /** Editor links (and editors' decisions on machine links) carried over to the new claims. */
  relationsRestored: number;
  /** Editor links that could not be carried over because a claim they linked is gone. */
  relationsLost: number;
}

/** One end of a link, remembered across the re-extraction: a kept claim by id, a machine claim by its span. */
type Endpoint = { id: number } | { start: number; end: number };

/** An editor's link or decision that must survive the re-extraction. */
interface SavedRelation {
  from: Endpoint;
  to: Endpoint;
  type: Prisma.ClaimRelationCreateManyInput['type'];
  status: Prisma.ClaimRelationCreateManyInput['status'];
  origin: Prisma.ClaimRelationCreateManyInput['origin'];
  confidence: number;
  cueText: string | null;
  cueStart: number | null;
  cueEnd: number | null;
}

/** A kept claim that continued a machine claim, and that claim's span. */
interface SavedContinuation {
  id: number;
  continues: { start: number; end: number };
}

/** Ordinals above this are temporary during the renumbering (two steps, so the unique index never sees a repeat). */
const PARK = 2_000_000;

/**
 * Runs extraction again on a stored article and replaces what the machine
 * made, keeping every editor decision: claims an editor confirmed, corrected
 * or rejected stay untouched (a new claim overlapping one of them is not
 * added; its links attach to the kept claim), machine claims and machine
 * links are replaced, and links an editor added or decided on are carried
 * over to the new claim with the same span, as is a kept continuation's link
 * to the machine claim it continues. One transaction, audited.
 */
export async function reextractArticle(
  db: Database,
  options: { articleId: number; userId: number | null; knowledge?: Knowledge },
): Promise<ReextractArticleResult> {
  const article = await db.prisma.article.findUnique({ where: { id: options.articleId }, select: { id: true, text: true, language: true } });
  if (!article) throw new AppError('ARTICLE_NOT_FOUND');
  const extraction = extractClaims(article.text, { knowledge: options.knowledge ?? (await loadKnowledge(db)) });

  return db.prisma.$transaction(
    async (tx) => {
      // Park every claim's ordinal out of the way of the new ones. This also locks the article's claims:
      // an editor saving one of them now waits for this transaction (and their version check then sees the result).
      await tx.claim.updateMany({ where: { articleId: article.id }, data: { ordinal: { increment: PARK } } });
      const claims = await tx.claim.findMany({ where: { articleId: article.id }, select: { id: true, start: true, end: true, status: true, continuesId: true } });
      const kept = claims.filter((claim) => claim.status !== 'machine');
      const machine = claims.filter((claim) => claim.status === 'machine');
      const machineIds = new Set(machine.map((claim) => claim.id));
      const spans = new Map(machine.map((claim) => [claim.id, { start: claim.start, end: claim.end }]));
      const endpoint = (id: number): Endpoint => (machineIds.has(id) ? spans.get(id)! : { id });

      const ids = claims.map((claim) => claim.id);
      const editorRelations = await tx.claimRelation.findMany({
        where: { OR: [{ fromId: { in: ids } }, { toId: { in: ids } }], NOT: { origin: 'machine', status: 'machine' } },
      });
      const saved: SavedRelation[] = editorRelations
        .filter((relation) => machineIds.has(relation.fromId) || machineIds.has(relation.toId))
        .map((relation) => ({
          from: endpoint(relation.fromId),
          to: endpoint(relation.toId),
          type: relation.type,
          status: relation.status,
          origin: relation.origin,
          confidence: relation.confidence,
          cueText: relation.cueText,
          cueStart: relation.cueStart,
          cueEnd: relation.cueEnd,
        }));

      // A kept continuation of a machine claim continues the new claim with the same span (none if the span is gone).
      const continuations: SavedContinuation[] = kept.flatMap((claim) =>
        claim.continuesId !== null && machineIds.has(claim.continuesId) ? [{ id: claim.id, continues: spans.get(claim.continuesId)! }] : [],
      );

      // Machine links between kept claims are recomputed; the rest go with their machine claims.
      const keptIds = kept.map((claim) => claim.id);
      await tx.claimRelation.deleteMany({ where: { origin: 'machine', status: 'machine', fromId: { in: keptIds }, toId: { in: keptIds } } });
      await tx.claim.deleteMany({ where: { id: { in: [...machineIds] }, status: 'machine' } });

      const keptClaimIds = matchKeptClaims(extraction.claims, kept);
      const added = await storeExtraction(tx, article.id, extraction, { keptClaimIds });
      const newBySpan = saved.length > 0 || continuations.length > 0 ? await machineClaimsBySpan(tx, article.id) : new Map<string, number>();
      const { restored, lost } = await restoreRelations(tx, newBySpan, saved);
      await restoreContinuations(tx, newBySpan, continuations);
      await renumberClaims(tx, article.id);
      await tx.article.update({
        where: { id: article.id },
        data: { warnings: extraction.warnings, extractedAt: new Date(), language: article.language ?? extraction.language },
      });
      const result = { kept: kept.length, removed: machine.length, added, relationsRestored: restored, relationsLost: lost };
      await recordAudit(tx, {
        userId: options.userId,
        entityType: 'article',
        entityId: article.id,
        action: 'reextract',
        before: { claims: claims.length, machineClaims: machine.length },
        after: result,
      });
      return result;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** Extracted claims that overlap a kept claim, mapped to the kept claim with the largest overlap. */
function matchKeptClaims(extracted: ExtractedClaim[], kept: { id: number; start: number; end: number }[]): Map<string, number> {
  const matches = new Map<string, number>();
  for (const claim of extracted) {
    let best: { id: number; overlap: number } | null = null;
    for (const keptClaim of kept) {
      const overlap = Math.min(claim.end, keptClaim.end) - Math.max(claim.start, keptClaim.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: keptClaim.id, overlap };
    }
    if (best) matches.set(claim.id, best.id);
  }
  return matches;
}

/** The article's machine claims (after re-extraction: the new ones) by their span, keyed by {@link spanKey}. */
async function machineClaimsBySpan(tx: Tx, articleId: number): Promise<Map<string, number>> {
  const rows = await tx.claim.findMany({ where: { articleId, status: 'machine' }, select: { id: true, start: true, end: true } });
  return new Map(rows.map((row) => [spanKey(row), row.id]));
}

function spanKey(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}

/** Puts the saved editor links back onto the new claims with the same spans (upsert: an editor's decision wins over the machine's new link). */
async function restoreRelations(tx: Tx, bySpan: ReadonlyMap<string, number>, saved: SavedRelation[]): Promise<{ restored: number; lost: number }> {
  const resolve = (point: Endpoint): number | undefined => ('id' in point ? point.id : bySpan.get(spanKey(point)));
  let restored = 0;
  for (const relation of saved) {
    const fromId = resolve(relation.from);
    const toId = resolve(relation.to);
    if (fromId === undefined || toId === undefined || fromId === toId) continue;
    const { from: _from, to: _to, ...values } = relation;
    await tx.claimRelation.upsert({
      where: { fromId_toId_type: { fromId, toId, type: relation.type } },
      create: { ...values, fromId, toId },
      update: { status: values.status, origin: values.origin },
    });
    restored++;
  }
  return { restored, lost: saved.length - restored };
}

/**
 * Points kept continuations at the new machine claim with the span of the one
 * they continued; deleting that claim set their `continuesId` to null, which
 * stays when no new claim has the span.
 */
async function restoreContinuations(tx: Tx, bySpan: ReadonlyMap<string, number>, saved: SavedContinuation[]): Promise<void> {
  for (const { id, continues } of saved) {
    const continuesId = bySpan.get(spanKey(continues));
    if (continuesId !== undefined) await tx.claim.update({ where: { id }, data: { continuesId } });
  }
}

/**
 * Ordinals 1..n in text order again. New claims are at 1..n and kept ones
 * parked above PARK: the new ones are parked higher first, so no step ever
 * repeats an ordinal (no raw SQL: it must run in whatever schema Prisma uses).
 */
async function renumberClaims(tx: Tx, articleId: number): Promise<void> {
  await tx.claim.updateMany({ where: { articleId, ordinal: { lt: PARK } }, data: { ordinal: { increment: 2 * PARK } } });
  const rows = await tx.claim.findMany({ where: { articleId }, orderBy: [{ start: 'asc' }, { end: 'desc' }, { id: 'asc' }], select: { id: true } });
  for (const [index, row] of rows.entries()) await tx.claim.update({ where: { id: row.id }, data: { ordinal: index + 1 } });
}
