/**
 * Corpus-scale benchmark, every figure measured in this run:
 *  1. extraction, one core (scripts/bench-extract.ts in a child process: articles/s, MB/s, peak RSS);
 *  2. bulk ingestion of the 1,028 10kGNAD + 850 Wikinews articles into PGlite and into PostgreSQL
 *     (runBulkIngest as `cli ingest` runs it: worker-thread extraction, cross-article linking);
 *  3. each database scaled to --articles (default 20,000) by SQL copies (src/bench/scale-database.ts);
 *  4. SQL queries per page (in-process app, counted through a Prisma extension);
 *  5. page latency under load: the server (`tsx src/server.ts`, NODE_ENV=production) in a child
 *     process, autocannon on loopback at 1, 10 and 50 connections: req/s, p50/p95/p99. Each page
 *     twice, with the page cache off (PAGE_CACHE_MB=0: every request does the full work) and on
 *     (PAGE_CACHE_MB=64, started cold); every page but `/` cycles over many addresses (500
 *     articles, 500 claims, 50 search words, 20 API pages and filters) so the cached run is not
 *     one hot address; requests say `Accept-Encoding: gzip` as browsers do. The cached run's
 *     share of `X-Cache: hit` answers is printed with it.
 *
 *   npm run bench [-- --quick] [-- --articles 20000 --duration 8 --pg-url URL --pglite-articles 400 --skip-pglite --skip-extract --ingest-only]
 *   npm run bench [-- --reuse-db --pg-url URL/claimtrail_bench --pglite-dir DIR]
 *
 * --reuse-db keeps the databases for the next run: PostgreSQL is the database named in --pg-url
 * itself (not a fresh one), PGlite the folder --pglite-dir; when one already holds --articles
 * articles, its ingestion and scaling are skipped and only queries per page and latency are measured.
 *
 * Both databases ingest all 1,878 articles; --pglite-articles N takes N of them (evenly from both
 * corpora) for a shorter PGlite run. --ingest-only stops each database after its ingestion (no
 * scaling, queries or latency). The load average is printed with each ingestion figure.
 *
 * Without --pg-url a throwaway PostgreSQL is started (scripts/pg-throwaway.sh) and removed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { scaleDatabase } from '../src/bench/scale-database.js';
import { linkClaimsAcrossArticles } from '../src/clusters/link-claims-across-articles.js';
import { parseConfig } from '../src/config.js';
import { openDatabase, type Database, type OpenDatabaseOptions } from '../src/db/open-database.js';
import { defaultCorporaDir } from '../src/eval/corpus-paths.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { DEFAULT_SOURCE_OPTIONS, readIngestSources, type SourceEntry } from '../src/ingest/read-ingest-sources.js';
import { runBulkIngest } from '../src/ingest/run-bulk-ingest.js';
import { createLogger } from '../src/logger.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const value = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const quick = flag('quick');
const reuseDb = flag('reuse-db');
const targetArticles = Number(value('articles') ?? (quick ? 3000 : 20000));
const duration = Number(value('duration') ?? (quick ? 2 : 8));
const ingestLimit = quick ? 150 : Number.POSITIVE_INFINITY;
const pgliteArticles = Number(value('pglite-articles') ?? (quick ? 300 : Number.POSITIVE_INFINITY));
const ingestOnly = flag('ingest-only');
/** `n` entries taken evenly from both corpora (every k-th). */
const spread = <T>(list: T[], n: number): T[] => (list.length <= n ? list : list.filter((_, i) => i % Math.ceil(list.length / n) === 0));
const connectionsList = (value('connections') ?? '1,10,50').split(',').map(Number);
const root = join(import.meta.dirname, '..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const log = (line: string): void => { process.stderr.write(`bench: ${line}\n`); };
const rows: string[][] = [];
const row = (...cells: Array<string | number>): void => { rows.push(cells.map(String)); };
/** Words searched for (common in both corpora's news). */
const SEARCH_WORDS = [
  'Regierung', 'Polizei', 'Präsident', 'Minister', 'Kanzler', 'Wahl', 'Partei', 'Wien', 'Berlin', 'Österreich',
  'Deutschland', 'Europa', 'Krieg', 'Frieden', 'Wirtschaft', 'Bank', 'Euro', 'Gericht', 'Klage', 'Streik',
  'Schule', 'Universität', 'Studie', 'Forscher', 'Klima', 'Energie', 'Strom', 'Öl', 'Gas', 'Flüchtlinge',
  'Grenze', 'Asyl', 'Terror', 'Anschlag', 'Armee', 'Soldaten', 'Russland', 'China', 'USA', 'Trump',
  'Putin', 'Merkel', 'Kurz', 'Fußball', 'Trainer', 'Spiel', 'Unternehmen', 'Aktie', 'Steuer', 'Budget',
];

// 1. Extraction ------------------------------------------------------------
if (!flag('skip-extract')) {
  log('extraction (scripts/bench-extract.ts, one core)');
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'scripts/bench-extract.ts')], { encoding: 'utf8', cwd: root });
  for (const line of run.stdout.split('\n')) {
    const m = /^(.+?)\s+full pipeline\s+(\d+) articles ([\d.]+) MB\s+([\d.]+) s\s+(\d+) articles\/s\s+([\d.]+) MB\/s/.exec(line);
    if (m) row('extraction, 1 core', m[1]!.trim(), `${m[5]} articles/s`, `${m[6]} MB/s`, `${m[2]} articles in ${m[4]} s`);
    const rss = /^peak RSS (\d+) MB/.exec(line);
    if (rss) row('extraction, 1 core', 'peak RSS', `${rss[1]} MB`, '', '');
  }
  if (run.status !== 0) log(`bench-extract failed: ${run.stderr.slice(-500)}`);
}

// 2.-5. Databases -----------------------------------------------------------
const corpora = defaultCorporaDir();
const gnad = join(corpora, 'de-10kgnad', 'test.csv');
const wiki = ['train', 'dev'].map((split) => join(corpora, 'de-wikinews-quotation', split));
if (!existsSync(gnad) || !wiki.every(existsSync)) {
  log(`no corpora under ${corpora}`);
  process.exit(1);
}
const entries: SourceEntry[] = [
  ...readIngestSources([gnad], { ...DEFAULT_SOURCE_OPTIONS, delimiter: ';', quote: "'", header: false, textColumn: 1, outlet: 'DER STANDARD' }).slice(0, ingestLimit),
  ...readIngestSources(wiki, { ...DEFAULT_SOURCE_OPTIONS, format: 'wikinews' }).slice(0, ingestLimit),
];

let pgUrl = value('pg-url');
let startedPg = false;
const pgState = join(tmpdir(), `claimtrail-bench-pg-${process.pid}.state`);
const cleanups: Array<() => Promise<void> | void> = [];
process.on('SIGINT', () => { void cleanup().then(() => process.exit(130)); });

async function cleanup(): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) {
    try { await fn(); } catch (error) { log(`cleanup: ${String(error)}`); }
  }
}

const perTarget: Record<string, Record<string, string>> = {};
try {
  const targets: Array<{ name: 'pglite' | 'postgres'; options: () => Promise<OpenDatabaseOptions> }> = [];
  if (!flag('skip-pglite')) {
    targets.push({ name: 'pglite', options: async () => {
      const kept = value('pglite-dir');
      if (reuseDb && kept) return { dataDir: kept };
      const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      return { dataDir };
    } });
  }
  if (!flag('skip-postgres')) {
    if (!pgUrl) {
      log('starting a throwaway PostgreSQL (scripts/pg-throwaway.sh)');
      const started = spawnSync('sh', [join(root, 'scripts/pg-throwaway.sh'), 'start'], { encoding: 'utf8', env: { ...process.env, PG_THROWAWAY_STATE: pgState } });
      if (started.status !== 0) throw new Error(`pg-throwaway: ${started.stderr}`);
      pgUrl = started.stdout.trim();
      startedPg = true;
      cleanups.push(() => { spawnSync('sh', [join(root, 'scripts/pg-throwaway.sh'), 'stop'], { env: { ...process.env, PG_THROWAWAY_STATE: pgState } }); });
    }
    const base = pgUrl;
    targets.push({ name: 'postgres', options: async () => {
      if (reuseDb) return { databaseUrl: base };
      const name = `claimtrail_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      if (!startedPg) {
        cleanups.push(async () => {
          const c = new pg.Client({ connectionString: base });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await c.end();
        });
      }
      const url = new URL(base);
      url.pathname = `/${name}`;
      return { databaseUrl: url.toString() };
    } });
  }

  for (const target of targets) {
    const results: Record<string, string> = {};
    perTarget[target.name] = results;
    const options = await target.options();
    let db: Database = await openDatabase(options);
    const reused = reuseDb && (await db.prisma.article.count()) >= targetArticles;
    if (reused) row(`${target.name} database (reused)`, `${await db.prisma.article.count()} articles, ${await db.prisma.claim.count()} claims`, '', '', '');
    if (!reused) {
    const list = target.name === 'pglite' ? spread(entries, pgliteArticles) : entries;
    log(`${target.name}: ingesting ${list.length} articles`);
    const summary = await runBulkIngest(db, list, {
      maxBytes: 1_048_576,
      afterStore: async (tx, id, stored) => { await linkClaimsAcrossArticles(tx, id, stored); },
      onProgress: (p) => { if (p.done % 200 === 0) log(`${target.name}: ${p.done}/${p.total}`); },
    });
    for (const failure of summary.failures) log(`${target.name}: failed ${failure.source}: ${failure.reason}`);
    const rate = summary.stored / summary.seconds;
    results.ingest = rate.toFixed(1);
    row(`ingestion into ${target.name}`, `${summary.stored} articles, ${summary.claims} claims`, `${rate.toFixed(1)} articles/s`, `${summary.seconds.toFixed(1)} s`,
      `${summary.failed} failed; store ${summary.storeSeconds.toFixed(0)} s, wait for extraction ${summary.waitSeconds.toFixed(0)} s; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    if (ingestOnly) { await db.close(); continue; }

    log(`${target.name}: scaling to ${targetArticles} articles`);
    const scaled = await scaleDatabase(db.prisma, targetArticles);
    const counts = { articles: await db.prisma.article.count(), claims: await db.prisma.claim.count() };
    row(`scale ${target.name} by SQL copies`, `${counts.articles} articles, ${counts.claims} claims`, `${scaled.seconds.toFixed(1)} s`, `${scaled.copies} copies`, '');
    }
    const pages = await choosePages(db.prisma);

    if (target.name === 'postgres' || flag('queries-pglite')) {
      for (const [name, paths] of Object.entries(pages)) row(`SQL queries per page (${target.name})`, name, String(await countQueries(db, paths[0]!)), paths[0]!, '');
    }
    await db.close();

    for (const cache of ['off', 'on'] as const) {
      log(`${target.name}: page latency, page cache ${cache} (${duration} s per run)`);
      const server = await startServer(options, cache === 'off' ? '0' : '64');
      try {
        for (const [name, paths] of Object.entries(pages)) {
          for (const connections of connectionsList) {
            const what = `latency ${target.name}, cache ${cache}`;
            const addresses = paths.length === 1 ? paths[0]! : `${paths.length} addresses`;
            if (!server.alive()) { row(what, `${name} @${connections}`, 'server exited', '', ''); continue; }
            const r = await load(server.url, paths, connections).catch((error: unknown) => {
              log(`${name} @${connections}: ${String(error)}`);
              return null;
            });
            if (!r) { row(what, `${name} @${connections}`, 'failed', '', ''); continue; }
            results[`${name} cache ${cache}@${connections}`] = r.p95.toFixed(1);
            const notes = [addresses, cache === 'on' ? `${((100 * r.hits) / Math.max(1, r.responses)).toFixed(0)} % hits` : '', r.errors ? `${r.errors} errors/non-2xx` : ''];
            row(what, `${name} @${connections}`, `${r.rps.toFixed(0)} req/s`, `p50 ${r.p50.toFixed(1)} / p95 ${r.p95.toFixed(1)} / p99 ${r.p99.toFixed(1)} ms`, notes.filter(Boolean).join('; '));
          }
        }
      } finally {
        await server.stop();
      }
    }
    db = null as unknown as Database;
  }
  if (perTarget.pglite && perTarget.postgres) {
    row('ratio postgres / pglite', 'ingestion articles/s', (Number(perTarget.postgres.ingest) / Number(perTarget.pglite.ingest)).toFixed(2), '', '');
    for (const key of Object.keys(perTarget.postgres).filter((k) => k.includes('@10'))) {
      row('ratio postgres / pglite', `p95 ${key}`, (Number(perTarget.postgres[key]) / Number(perTarget.pglite[key])).toFixed(2), '', '');
    }
  }
} finally {
  await cleanup();
}

const header = ['what', 'case', 'figure', 'detail', 'note'];
process.stdout.write(`\n${quick ? '(quick run) ' : ''}${new Date().toISOString()}, ${process.version}, ${(await import('node:os')).cpus().length} cores, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n\n`);
process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
for (const cells of rows) process.stdout.write(`| ${cells.join(' | ')} |\n`);

/**
 * The addresses each page's run cycles over (the first is the one whose SQL queries are counted):
 * `/`; 500 articles with claims and 500 claims, spread over the ids in a fixed pseudo-random order
 * (the claim list starts with a clustered claim, the heaviest claim page); 50 searches; 20 pages
 * and filters of `/api/claims`.
 */
async function choosePages(prisma: PrismaClient): Promise<Record<string, string[]>> {
  const articles = await prisma.$queryRaw<Array<{ id: number }>>`
    SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id) ORDER BY md5(a.id::text) LIMIT 500`;
  const claims = await prisma.$queryRaw<Array<{ id: number }>>`SELECT id FROM claims ORDER BY md5(id::text) LIMIT 499`;
  const clustered = await prisma.claim.findFirst({ where: { clusterId: { not: null } }, select: { id: true } });
  const parties = await prisma.party.findMany({ where: { key: { notIn: ['author', 'unknown'] } }, orderBy: { id: 'asc' }, take: 6, select: { key: true } });
  const api = [
    ...Array.from({ length: 10 }, (_, i) => `/api/claims${i === 0 ? '' : `?page=${i + 1}`}`),
    '/api/claims?language=de', '/api/claims?language=de&page=2', '/api/claims?language=en', '/api/claims?language=en&page=2',
    ...parties.map((party) => `/api/claims?party=${encodeURIComponent(party.key)}`),
  ];
  return {
    '/': ['/'],
    article: articles.map((article) => `/articles/${article.id}`),
    claim: [...(clustered ? [clustered.id] : []), ...claims.map((claim) => claim.id)].map((id) => `/claims/${id}`),
    search: SEARCH_WORDS.map((word) => `/search?q=${encodeURIComponent(word)}`),
    'api claims': api,
  };
}

/** Database operations one request to `path` makes (fresh app with a counting Prisma client). */
async function countQueries(db: Database, path: string): Promise<number> {
  let count = 0;
  const prisma = db.prisma.$extends({ query: { async $allOperations({ args, query }) { count++; return query(args); } } }) as unknown as PrismaClient;
  const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', SESSION_SECRET: 'bench-session-secret-of-32-chars!!', LOG_LEVEL: 'silent' });
  const app = createApp({ config, db: { ...db, prisma }, logger: createLogger(config) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await fetch(`http://127.0.0.1:${port}${path}`).then((res) => res.text());
  count = 0;
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  await res.text();
  await new Promise((resolve) => server.close(resolve));
  return count;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

/** Starts `tsx src/server.ts` on the database with PAGE_CACHE_MB=`pageCacheMb` and waits for /healthz. */
async function startServer(options: OpenDatabaseOptions, pageCacheMb: string): Promise<{ url: string; alive(): boolean; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [tsxCli, join(root, 'src/server.ts')], {
    cwd: root,
    stdio: ['ignore', 2, 'inherit'],
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'error', DEMO: 'false',
      SESSION_SECRET: 'bench-session-secret-of-32-chars!!', DATA_DIR: options.dataDir ?? mkdtempSync(join(tmpdir(), 'claimtrail-bench-srv-')),
      DATABASE_URL: options.databaseUrl ?? '', PAGE_CACHE_MB: pageCacheMb,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.once('exit', (code, signal) => log(`server exited (${code ?? signal})`));
  return {
    url,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    }),
  };
}

/**
 * One autocannon run over `paths` (each request takes the next address, round robin over every
 * connection) after a short warm-up of the first three; percentiles from every response's latency.
 */
async function load(base: string, paths: string[], connections: number): Promise<{ rps: number; p50: number; p95: number; p99: number; errors: number; hits: number; responses: number }> {
  for (const path of paths.slice(0, 3)) await fetch(`${base}${path}`).then((r) => r.text());
  const latencies: number[] = [];
  let next = 0;
  let hits = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: base, connections, duration, pipelining: 1, headers: { 'accept-encoding': 'gzip' },
      requests: [{
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
        onResponse: (_status, _body, _context, headers) => { if (Object.entries(headers ?? {}).some(([name, value]) => name.toLowerCase() === 'x-cache' && value === 'hit')) hits++; },
      }],
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => { latencies.push(responseTime); });
  });
  latencies.sort((a, b) => a - b);
  const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  return { rps: result.requests.average, p50: pct(50), p95: pct(95), p99: pct(99), errors: result.errors + result.non2xx, hits, responses: latencies.length };
}
