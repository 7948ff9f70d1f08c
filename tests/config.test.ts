import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IN_MEMORY, loadConfig, parseConfig } from '../src/config.js';
import { AppError } from '../src/errors.js';

describe('parseConfig', () => {
  it('fills in defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, host: '127.0.0.1', demo: true, logLevel: 'info', databaseUrl: undefined });
    expect(config.dataDir).toBe(join(process.cwd(), 'data'));
    expect(config.limits.articleBytes).toBe(256 * 1024);
  });

  it('reads every variable', () => {
    const config = parseConfig({
      NODE_ENV: 'production', PORT: '8080', HOST: '0.0.0.0', DATA_DIR: IN_MEMORY, LOG_LEVEL: 'warn',
      DATABASE_URL: 'postgresql://u:p@localhost:5432/claimtrail', DATABASE_REPLICA_URL: 'postgres://u:p@replica:5432/claimtrail',
      SESSION_SECRET: 'x'.repeat(32), DEMO: 'off', TRUST_PROXY: '1', MAX_ARTICLE_BYTES: '1000', MAX_REQUEST_BYTES: '2000',
      PAGE_CACHE_MB: '8',
    });
    expect(config).toEqual({
      env: 'production', port: 8080, host: '0.0.0.0', dataDir: IN_MEMORY, logLevel: 'warn',
      databaseUrl: 'postgresql://u:p@localhost:5432/claimtrail', databaseReplicaUrl: 'postgres://u:p@replica:5432/claimtrail', sessionSecret: 'x'.repeat(32), demo: false,
      trustProxy: true, pageCacheBytes: 8 * 1024 * 1024, limits: { articleBytes: 1000, requestBytes: 2000, uploadBytes: 1024 * 1024 },
      auth: { sessionMaxAgeMinutes: 720, loginMaxAttempts: 5, loginWindowMinutes: 15 },
    });
  });

  it('keeps 64 MB of rendered pages by default, none in tests unless PAGE_CACHE_MB says so', () => {
    expect(parseConfig({}).pageCacheBytes).toBe(64 * 1024 * 1024);
    expect(parseConfig({ NODE_ENV: 'test' }).pageCacheBytes).toBe(0);
    expect(parseConfig({ NODE_ENV: 'test', PAGE_CACHE_MB: '0.5' }).pageCacheBytes).toBe(512 * 1024);
    expect(parseConfig({ PAGE_CACHE_MB: '0' }).pageCacheBytes).toBe(0);
    expect(() => parseConfig({ PAGE_CACHE_MB: '-1' })).toThrow(/PAGE_CACHE_MB/);
  });

  it('treats empty variables as unset and is quiet in tests', () => {
    expect(parseConfig({ PORT: '', NODE_ENV: 'test' })).toMatchObject({ port: 3000, logLevel: 'silent' });
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO: 'maybe', NODE_ENV: 'production', MAX_ARTICLE_BYTES: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    const { code, details, message } = error as AppError;
    expect(code).toBe('CONFIG_INVALID');
    expect(details.map((detail) => detail.split(':')[0]).sort()).toEqual(
      ['DATABASE_URL', 'DEMO', 'MAX_ARTICLE_BYTES', 'PORT', 'SESSION_SECRET'].sort(),
    );
    expect(message).toContain('SESSION_SECRET: is required when NODE_ENV=production');
  });

  it('refuses a read replica that is not a PostgreSQL URL or has no primary', () => {
    const problems = (env: Record<string, string>): string[] => {
      try {
        parseConfig(env);
        return [];
      } catch (error) {
        return (error as AppError).details;
      }
    };
    expect(problems({ DATABASE_URL: 'postgres://db/app', DATABASE_REPLICA_URL: 'mysql://replica/app' })).toEqual([
      'DATABASE_REPLICA_URL: must start with postgres:// or postgresql://',
    ]);
    expect(problems({ DATABASE_REPLICA_URL: 'postgres://replica/app' })).toEqual([
      'DATABASE_REPLICA_URL: needs DATABASE_URL (a replica of that PostgreSQL server)',
    ]);
    expect(parseConfig({ DATABASE_URL: 'postgres://db/app', DATABASE_REPLICA_URL: '' }).databaseReplicaUrl).toBeUndefined();
  });
});

describe('loadConfig session secret', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a secret once, keeps it in the data dir and reuses it', () => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-config-'));
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first.sessionSecret);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first.sessionSecret);
  });

  it('keeps a given secret and keeps memory:// secrets in memory', () => {
    expect(loadConfig({ DATA_DIR: IN_MEMORY, SESSION_SECRET: 's'.repeat(40) }).sessionSecret).toBe('s'.repeat(40));
    expect(loadConfig({ DATA_DIR: IN_MEMORY }).sessionSecret).toMatch(/^[0-9a-f]{64}$/);
  });
});
