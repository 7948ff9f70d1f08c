/**
 * The bulk `ingest` CLI SIGKILLed in the middle of a run on a PGlite data
 * folder: after a restart nothing committed is lost, no article is half
 * written (each stored article has exactly the claims its extraction gives),
 * and running the same ingest again stores the rest (CLAIMTRAIL_LONG_TESTS=1).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/articles/load-knowledge.js';
import { openDatabase } from '../../src/db/open-database.js';
import { extractClaims } from '../../src/extract/index.js';

const LONG = process.env['CLAIMTRAIL_LONG_TESTS'] === '1';
// Enough that the run outlasts the first progress lines (every 2 s) on an idle machine: the kill waits for one saying 3 stored.
const ARTICLES = 400;
const tmp = mkdtempSync(join(tmpdir(), 'claimtrail-killed-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SPEAKERS = ['Laut Reuters', 'Nach Angaben der Regierung in Teheran', 'Wie das Pentagon mitteilte,', 'Der Sprecher sagte,', 'Washington erklärte,'];
function article(n: number): string {
  const lines: string[] = [`Meldung Nummer ${n} aus dem Testlauf.`];
  for (let i = 0; i < 12; i++) {
    const speaker = SPEAKERS[(n + i) % SPEAKERS.length]!;
    lines.push(`${speaker} seien am Tag ${i + 1} der Meldung ${n} insgesamt ${n * 7 + i} Soldaten verlegt worden. Teheran wies die Angaben zurück: „Das ist falsch“, sagte ein Sprecher.`);
  }
  return lines.join('\n\n');
}

function runIngest(dataDir: string, folder: string, killWhenStored: number | null): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', folder, '--workers', '0', '--no-link'], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent', DEMO: 'false' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const stored = [...stderr.matchAll(/\(stored (\d+),/g)].map((m) => Number(m[1]));
      if (killWhenStored !== null && stored.some((s) => s >= killWhenStored)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe.skipIf(!LONG)('ingest killed mid-way (CLAIMTRAIL_LONG_TESTS=1)', { timeout: 900_000 }, () => {
  it('keeps every committed article whole, and a second run stores the rest', async () => {
    const folder = join(tmp, 'articles');
    mkdirSync(folder);
    for (let n = 1; n <= ARTICLES; n++) writeFileSync(join(folder, `article-${String(n).padStart(3, '0')}.txt`), article(n));
    const dataDir = join(tmp, 'data');

    const killed = await runIngest(dataDir, folder, 3);
    expect(killed.signal).toBe('SIGKILL');

    const db = await openDatabase({ dataDir });
    let storedAfterKill: number;
    try {
      const knowledge = await loadKnowledge(db);
      const articles = await db.prisma.article.findMany({ select: { id: true, text: true, _count: { select: { claims: true } } } });
      storedAfterKill = articles.length;
      expect(storedAfterKill).toBeGreaterThanOrEqual(3);
      expect(storedAfterKill).toBeLessThan(ARTICLES);
      for (const row of articles) {
        const expected = extractClaims(row.text, { knowledge }).claims.length;
        expect([row.id, row._count.claims]).toEqual([row.id, expected]);
        expect(expected).toBeGreaterThan(0);
      }
    } finally {
      await db.close();
    }

    const rerun = await runIngest(dataDir, folder, null);
    expect(rerun.code).toBe(0);
    const after = await openDatabase({ dataDir });
    try {
      expect(await after.prisma.article.count()).toBe(ARTICLES);
      const empty = await after.prisma.article.count({ where: { claims: { none: {} } } });
      expect(empty).toBe(0);
    } finally {
      await after.close();
    }
    console.info(`[reliability] faults: bulk ingest SIGKILLed after ${storedAfterKill} of ${ARTICLES} articles: every stored article whole, rerun stored the rest`);
  });
});
