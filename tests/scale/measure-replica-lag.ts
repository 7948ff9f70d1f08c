/**
 * Measurement, not a test (prints figures, asserts nothing): how soon a
 * reader sees a save through a streaming read replica, and what one login
 * rate-limit increment costs. Starts its own throwaway primary and hot
 * standby (scripts/pg-throwaway.sh start, start-replica), the app in this
 * process with both URLs and the demo article, then saves one claim's
 * status on the primary 30 times and polls the reader API (anonymous, so
 * read from the standby) until it shows the new status.
 *
 *   npx tsx tests/scale/measure-replica-lag.ts                         # throwaway settings (synchronous_commit=off)
 *   PG_THROWAWAY_DURABLE=1 npx tsx tests/scale/measure-replica-lag.ts  # PostgreSQL's durable defaults
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Options } from 'express-rate-limit';
import { createApp } from '../../src/app.js';
import { loadDemoArticle } from '../../src/articles/load-demo-article.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/open-database.js';
import { createLogger } from '../../src/logger.js';
import { PrismaRateLimitStore } from '../../src/web/auth/prisma-rate-limit-store.js';

const SAVES = 30;
const root = join(import.meta.dirname, '..', '..');
const stateDir = mkdtempSync(join(tmpdir(), 'claimtrail-replica-lag-'));
const env = { ...process.env, PG_THROWAWAY_STATE: join(stateDir, 'state') };
const throwaway = (command: string): string =>
  execFileSync('sh', ['scripts/pg-throwaway.sh', command], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]!;
  return `n ${sorted.length}, median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

try {
  const primaryUrl = throwaway('start');
  const replicaUrl = throwaway('start-replica');
  const config = parseConfig({ NODE_ENV: 'test', DATABASE_URL: primaryUrl, DATABASE_REPLICA_URL: replicaUrl, SESSION_SECRET: 'measure-replica-lag-session-secret-32' });
  const db = await openDatabase({ databaseUrl: primaryUrl, replicaUrl });
  await loadDemoArticle(db, { maxBytes: config.limits.articleBytes });
  const server = createApp({ config, db, logger: createLogger(config) }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const claim = await db.prisma.claim.findFirstOrThrow({ orderBy: { id: 'asc' } });
  // Until the standby has replayed the demo article, the claim is found on the primary (not-found fallback).
  while ((await (await fetch(`${url}/healthz`)).json() as { replica?: { lagBytes?: number } }).replica?.lagBytes !== 0) await new Promise((r) => setTimeout(r, 50));

  const visible: number[] = [];
  const requests: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const status = i % 2 === 0 ? 'confirmed' : 'machine';
    const saved = performance.now();
    await db.prisma.claim.update({ where: { id: claim.id }, data: { status } });
    for (;;) {
      const started = performance.now();
      const body = (await (await fetch(`${url}/api/claims/${claim.id}`)).json()) as { claim: { status: string } };
      requests.push(performance.now() - started);
      if (body.claim.status === status) break;
    }
    visible.push(performance.now() - saved);
  }

  const store = new PrismaRateLimitStore(db, 'measure:');
  store.init({ windowMs: 15 * 60_000 } as Options);
  const increments: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    await store.increment(`client-${i % 20}`);
    increments.push(performance.now() - started);
  }
  await db.prisma.loginAttempt.deleteMany({ where: { key: { startsWith: 'measure:' } } });

  console.log(`settings: ${process.env.PG_THROWAWAY_DURABLE === '1' ? 'durable (synchronous_commit on)' : 'throwaway (fsync off, synchronous_commit off)'}; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}; ${new Date().toISOString()}`);
  console.log(`save visible to a reader through the replica: ${summary(visible)}`);
  console.log(`reader API request (/api/claims/:id) while polling: ${summary(requests)}`);
  console.log(`login rate-limit increment (one upsert on the primary): ${summary(increments)}`);
  console.log(`/healthz: ${JSON.stringify(await (await fetch(`${url}/healthz`)).json())}`);
  await new Promise((resolve) => server.close(resolve));
  await db.close();
} finally {
  try {
    throwaway('stop');
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}
