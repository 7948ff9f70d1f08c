import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClaimCluster } from '../../src/clusters/get-claim-cluster.js';
import { linkClaimsAcrossArticles } from '../../src/clusters/link-claims-across-articles.js';
import { IN_MEMORY } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/open-database.js';
import { runBulkIngest } from '../../src/ingest/run-bulk-ingest.js';

/** A claim named by its article file and a piece of its text. */
type ClaimRef = [file: string, contains: string];
interface Expected {
  articles: Record<string, { publishedAt: string; outlet?: string }>;
  /** Every cluster the case must produce (no others). */
  clusters: Array<{ members: ClaimRef[]; first: string; relayedBy?: Record<string, string[]> }>;
  /** Every relation across articles the case must produce (no others). */
  relations: Array<{ from: ClaimRef; to: ClaimRef; type: string }>;
}

const GOLDEN = join(import.meta.dirname, 'golden');
const cases = readdirSync(GOLDEN).sort();

describe.each(cases)('golden cross-article case %s', (name) => {
  let db: Database;
  const articleIds = new Map<string, number>();
  const expected = JSON.parse(readFileSync(join(GOLDEN, name, 'expected.json'), 'utf8')) as Expected;

  beforeAll(async () => {
    db = await openDatabase({ dataDir: IN_MEMORY });
    const files = Object.keys(expected.articles).sort();
    const summary = await runBulkIngest(db, files.map((file) => ({
      ok: true as const,
      item: {
        source: file,
        title: file,
        text: readFileSync(join(GOLDEN, name, file), 'utf8'),
        outlet: expected.articles[file]!.outlet ?? null,
        url: null,
        publishedAt: new Date(expected.articles[file]!.publishedAt),
      },
    })), { maxBytes: 100_000, workers: 0, afterStore: async (tx, id, stored) => { await linkClaimsAcrossArticles(tx, id, stored); } });
    expect(summary.stored).toBe(files.length);
    const rows = await db.prisma.article.findMany({ select: { id: true, title: true } });
    for (const row of rows) articleIds.set(row.title, row.id);
  });
  afterAll(async () => db?.close());

  const claimId = async ([file, contains]: ClaimRef): Promise<number> => {
    const rows = await db.prisma.claim.findMany({ where: { articleId: articleIds.get(file), text: { contains } }, select: { id: true } });
    expect(rows, `one claim in ${file} containing "${contains}"`).toHaveLength(1);
    return rows[0]!.id;
  };

  it('forms exactly the expected clusters, with the first appearance by publication date', async () => {
    const clustered = await db.prisma.claim.findMany({ where: { clusterId: { not: null } }, select: { id: true, clusterId: true } });
    const clusterIds = new Set(clustered.map((c) => c.clusterId));
    expect(clusterIds.size).toBe(expected.clusters.length);
    for (const cluster of expected.clusters) {
      const ids = await Promise.all(cluster.members.map(claimId));
      const view = await getClaimCluster(db.prisma, ids[0]!);
      expect(view).not.toBeNull();
      expect(view!.members.map((m) => m.claimId).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      expect(view!.first.articleId).toBe(articleIds.get(cluster.first));
      for (const [file, relays] of Object.entries(cluster.relayedBy ?? {})) {
        expect(view!.members.find((m) => m.articleId === articleIds.get(file))!.via.map((v) => v.key)).toEqual(relays);
      }
    }
    const expectedCount = expected.clusters.reduce((sum, c) => sum + c.members.length, 0);
    expect(clustered).toHaveLength(expectedCount);
  });

  it('links exactly the expected denials across articles', async () => {
    const all = await db.prisma.claimRelation.findMany({ select: { fromId: true, toId: true, type: true, from: { select: { articleId: true } }, to: { select: { articleId: true } } } });
    const across = all.filter((r) => r.from.articleId !== r.to.articleId).map((r) => ({ fromId: r.fromId, toId: r.toId, type: r.type }));
    const wanted = await Promise.all(expected.relations.map(async (r) => ({ fromId: await claimId(r.from), toId: await claimId(r.to), type: r.type })));
    expect(across).toEqual(expect.arrayContaining(wanted));
    expect(across).toHaveLength(wanted.length);
  });
});
