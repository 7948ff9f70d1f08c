import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoArticle } from '../../src/articles/load-demo-article.js';
import { reextractArticle } from '../../src/articles/reextract-article.js';
import { correctClaim } from '../../src/claims/correct-claim.js';
import { reviewClaim } from '../../src/claims/review-claim.js';
import { IN_MEMORY } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import { createUser } from '../../src/users/create-user.js';

let db: Database;
let articleId: number;
let userId: number;

beforeAll(async () => {
  db = await openDatabase({ dataDir: IN_MEMORY });
  const demo = await loadDemoArticle(db, { maxBytes: 100_000 });
  articleId = demo!.id;
  userId = (await createUser(db, { email: 'ed@example.org', name: 'Ed', role: 'editor', password: 'long enough password', actingUserId: null })).id;
});
afterAll(async () => db?.close());

async function claimsOf() {
  return db.prisma.claim.findMany({ where: { articleId }, orderBy: { ordinal: 'asc' }, include: { relays: true } });
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

describe('reextractArticle', () => {
  it('with no editor work, replaces machine claims by the same extraction (new rows, same spans)', async () => {
    const before = await claimsOf();
    expect(before.length).toBeGreaterThan(5);
    const result = await reextractArticle(db, { articleId, userId: null });
    const after = await claimsOf();
    expect(result).toMatchObject({ kept: 0, removed: before.length, added: before.length });
    expect(after.map((claim) => [claim.start, claim.end, claim.kind, claim.text])).toEqual(before.map((claim) => [claim.start, claim.end, claim.kind, claim.text]));
    expect(after.some((claim) => before.some((old) => old.id === claim.id))).toBe(false);
  });

  it('keeps confirmed, corrected and rejected claims and editor links exactly, and replaces the rest', async () => {
    const claims = await claimsOf();
    const [confirmed, corrected, rejected, machineA, machineB] = [claims[0]!, claims[1]!, claims[2]!, claims[3]!, claims[4]!];
    await reviewClaim(db, { claimId: confirmed.id, expectedVersion: confirmed.version, userId, decision: 'confirm' });
    await reviewClaim(db, { claimId: rejected.id, expectedVersion: rejected.version, userId, decision: 'reject' });
    const party = await db.prisma.party.findUniqueOrThrow({ where: { id: corrected.partyId } });
    await correctClaim(db, {
      claimId: corrected.id,
      expectedVersion: corrected.version,
      userId,
      correction: {
        kind: corrected.kind === 'reported' ? 'indirect' : 'reported', start: corrected.start, end: corrected.end - 1,
        speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null, actorId: null, party: party.key, via: ['Reuters'],
      },
    });
    // An editor's link from a kept claim to a machine claim, one between two machine claims, and a machine link an editor removed.
    await db.prisma.claimRelation.deleteMany({ where: { OR: [{ fromId: { in: claims.map((c) => c.id) } }] } });
    await db.prisma.claimRelation.create({ data: { fromId: corrected.id, toId: machineA.id, type: 'denies', confidence: 1, status: 'confirmed', origin: 'editor' } });
    await db.prisma.claimRelation.create({ data: { fromId: machineA.id, toId: machineB.id, type: 'supports', confidence: 1, status: 'confirmed', origin: 'editor' } });
    await db.prisma.claimRelation.create({ data: { fromId: machineB.id, toId: machineA.id, type: 'doubts', confidence: 0.4, status: 'rejected', origin: 'machine' } });
    const keptBefore = await db.prisma.claim.findMany({ where: { id: { in: [confirmed.id, corrected.id, rejected.id] } }, orderBy: { id: 'asc' }, include: { relays: true } });

    const result = await reextractArticle(db, { articleId, userId });

    expect(result).toMatchObject({ kept: 3, removed: claims.length - 3, relationsRestored: 3, relationsLost: 0 });
    const keptAfter = await db.prisma.claim.findMany({ where: { id: { in: [confirmed.id, corrected.id, rejected.id] } }, orderBy: { id: 'asc' }, include: { relays: true } });
    const strip = ({ ordinal: _o, updatedAt: _u, ...rest }: (typeof keptBefore)[number]) => rest;
    expect(keptAfter.map(strip)).toEqual(keptBefore.map(strip));
    expect(keptAfter.map((claim) => claim.status)).toEqual(['confirmed', 'corrected', 'rejected']);

    const after = await claimsOf();
    const fresh = after.filter((claim) => claim.status === 'machine');
    expect(fresh.every((claim) => claim.id > machineB.id)).toBe(true);
    expect(fresh.length).toBe(result.added);
    // No new claim duplicates a kept one.
    for (const claim of fresh) for (const kept of keptAfter) expect(overlaps(claim, kept)).toBe(false);
    // Ordinals are 1..n in text order.
    expect(after.map((claim) => claim.ordinal)).toEqual(after.map((_claim, index) => index + 1));
    const starts = after.map((claim) => claim.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    // Links follow the new claims with the same spans.
    const newA = fresh.find((claim) => claim.start === machineA.start && claim.end === machineA.end)!;
    const newB = fresh.find((claim) => claim.start === machineB.start && claim.end === machineB.end)!;
    expect(newA).toBeDefined();
    expect(newB).toBeDefined();
    const relations = await db.prisma.claimRelation.findMany({ where: { OR: [{ fromId: { in: after.map((c) => c.id) } }, { toId: { in: after.map((c) => c.id) } }] } });
    expect(relations).toEqual(expect.arrayContaining([
      expect.objectContaining({ fromId: corrected.id, toId: newA.id, type: 'denies', origin: 'editor', status: 'confirmed' }),
      expect.objectContaining({ fromId: newA.id, toId: newB.id, type: 'supports', origin: 'editor' }),
      expect.objectContaining({ fromId: newB.id, toId: newA.id, type: 'doubts', origin: 'machine', status: 'rejected' }),
    ]));

    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'article', entityId: String(articleId), action: 'reextract', userId } });
    expect(audit.after).toMatchObject({ kept: 3, relationsRestored: 3 });
  });

  it('loses an editor link only when its machine claim is not found again, and says so', async () => {
    const fresh = await db.prisma.claim.findMany({
      where: { articleId, status: 'machine', relationsFrom: { none: {} }, relationsTo: { none: {} } },
      orderBy: { start: 'asc' },
      take: 1,
    });
    const kept = await db.prisma.claim.findFirstOrThrow({ where: { articleId, status: 'confirmed' } });
    // A machine claim whose span the extractor will not produce again.
    const ghost = await db.prisma.claim.update({ where: { id: fresh[0]!.id }, data: { end: fresh[0]!.end - 2 } });
    await db.prisma.claimRelation.create({ data: { fromId: kept.id, toId: ghost.id, type: 'contradicts', confidence: 1, status: 'confirmed', origin: 'editor' } });
    const result = await reextractArticle(db, { articleId, userId });
    expect(result.relationsLost).toBe(1);
  });

  it("keeps a kept continuation's link to the new claim it continues, and links a new continuation to a kept claim", async () => {
    const demo = await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    const other = (await db.prisma.article.create({ data: { title: 'again', text: demo.text, language: demo.language, contentHash: 'e'.repeat(64) } })).id;
    await reextractArticle(db, { articleId: other, userId: null });
    const of = async () => db.prisma.claim.findMany({ where: { articleId: other }, orderBy: { ordinal: 'asc' } });
    const first = await of();
    const continuation = first.find((claim) => claim.text.startsWith('Das würde dazu beitragen'))!;
    const said = first.find((claim) => claim.id === continuation.continuesId)!;
    expect(said).toMatchObject({ cueText: 'sagte', status: 'machine' });

    // The continuation kept, the claim it continues a machine claim: the link moves to the new claim with that span.
    await reviewClaim(db, { claimId: continuation.id, expectedVersion: continuation.version, userId, decision: 'confirm' });
    await reextractArticle(db, { articleId: other, userId });
    const second = await of();
    const newSaid = second.find((claim) => claim.start === said.start && claim.end === said.end)!;
    expect(newSaid.id).not.toBe(said.id);
    expect(second.find((claim) => claim.id === continuation.id)).toMatchObject({ status: 'confirmed', continuesId: newSaid.id, version: continuation.version + 1 });

    // The continued claim kept instead: the new continuation continues the kept row.
    await db.prisma.claim.update({ where: { id: continuation.id }, data: { status: 'machine' } });
    await reviewClaim(db, { claimId: newSaid.id, expectedVersion: newSaid.version, userId, decision: 'confirm' });
    await reextractArticle(db, { articleId: other, userId });
    const third = await of();
    const newContinuation = third.find((claim) => claim.start === continuation.start && claim.end === continuation.end)!;
    expect(newContinuation.id).not.toBe(continuation.id);
    expect(newContinuation.continuesId).toBe(newSaid.id);
    // Every stored continuation still names a claim of the article.
    const ids = new Set(third.map((claim) => claim.id));
    for (const claim of third) if (claim.continuesId !== null) expect(ids.has(claim.continuesId)).toBe(true);
  });

  it('refuses an unknown article', async () => {
    await expect(reextractArticle(db, { articleId: 999999, userId: null })).rejects.toMatchObject({ code: 'ARTICLE_NOT_FOUND' });
  });
});
