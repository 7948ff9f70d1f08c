import type { Database } from '../../../src/db/open-database.js';
import type { ClaimKind, RelationType } from '../../../src/generated/prisma/client.js';
import { createHash } from 'node:crypto';
import { createSchemaTestApp, type TestApp } from '../../setup/start-test-app.js';
import { splitParagraphs } from '../../../src/articles/split-paragraphs.js';

/** A hand-built claim: its words must occur in the article text (the `occurrence`-th time, default first). */
export interface FixtureClaim {
  text: string;
  party: string;
  actor?: string;
  kind?: ClaimKind;
  via?: string[];
  speaker?: string;
  cue?: string;
  unsourced?: boolean;
}

/** Stores an article with hand-built claims and relations (`[fromIndex, type, toIndex]`); returns the ids. */
export async function insertArticle(
  db: Database,
  input: { title: string; text: string; language?: 'de' | 'en'; publishedAt?: Date; url?: string; claims: FixtureClaim[]; relations?: [number, RelationType, number][] },
): Promise<{ articleId: number; claimIds: number[] }> {
  const partyId = async (key: string): Promise<number> =>
    (await db.prisma.party.upsert({ where: { key }, update: {}, create: { key, name: key, kind: key === 'author' ? 'author' : 'government' }, select: { id: true } })).id;
  const article = await db.prisma.article.create({
    data: {
      title: input.title,
      text: input.text,
      language: input.language ?? 'de',
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? new Date('2024-05-01T00:00:00Z'),
      contentHash: createHash('sha256').update(input.text, 'utf8').digest('hex'),
      paragraphs: splitParagraphs(input.text),
    },
    select: { id: true },
  });
  const claimIds: number[] = [];
  for (const [index, claim] of input.claims.entries()) {
    const start = input.text.indexOf(claim.text);
    if (start < 0) throw new Error(`fixture claim not in text: ${claim.text}`);
    const span = (words: string | undefined) => {
      if (!words) return { text: null, start: null, end: null };
      const at = input.text.indexOf(words);
      if (at < 0) throw new Error(`fixture span not in text: ${words}`);
      return { text: words, start: at, end: at + words.length };
    };
    const cue = span(claim.cue);
    const speaker = span(claim.speaker);
    const actorId = claim.actor
      ? (await db.prisma.actor.upsert({
          where: { key: claim.actor },
          update: {},
          create: { key: claim.actor, name: claim.actor, kind: 'person', partyId: await partyId(claim.party) },
          select: { id: true },
        })).id
      : null;
    const relays = [];
    for (const [position, key] of (claim.via ?? []).entries()) relays.push({ position, partyId: await partyId(key) });
    const row = await db.prisma.claim.create({
      data: {
        articleId: article.id,
        ordinal: index + 1,
        text: claim.text,
        start,
        end: start + claim.text.length,
        kind: claim.kind ?? 'indirect',
        cueText: cue.text,
        cueStart: cue.start,
        cueEnd: cue.end,
        speakerText: speaker.text,
        speakerStart: speaker.start,
        speakerEnd: speaker.end,
        actorId,
        partyId: await partyId(claim.party),
        confidence: 0.8,
        unsourced: claim.unsourced ?? false,
        relays: { create: relays },
      },
      select: { id: true },
    });
    claimIds.push(row.id);
  }
  for (const [from, type, to] of input.relations ?? []) {
    await db.prisma.claimRelation.create({
      data: { fromId: claimIds[from] as number, toId: claimIds[to] as number, type, confidence: 0.8 },
    });
  }
  return { articleId: article.id, claimIds };
}

/**
 * The app without the demo article, on in-memory PGlite, or on PostgreSQL in
 * a schema of its own when TEST_DATABASE_URL is set (so the raw SQL of
 * search and statistics runs on both).
 */
export function createReaderTestApp(): Promise<TestApp> {
  return createSchemaTestApp('reader_test', { demo: false });
}
