import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

/** DATA_DIR value that keeps everything in memory (tests, throwaway demos). */
export const IN_MEMORY = 'memory://';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The validated configuration, read once at start-up and passed down. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absolute folder for the embedded database and the session secret, or `memory://`. */
  dataDir: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** PostgreSQL read replica (hot standby) of `databaseUrl` for reader pages; absent: readers use the primary. */
  databaseReplicaUrl: string | undefined;
  logLevel: LogLevel;
  sessionSecret: string;
  /** Load the demo article when the database holds no article. */
  demo: boolean;
  trustProxy: boolean;
  limits: {
    /** Largest article text accepted, in UTF-8 bytes. */
    articleBytes: number;
    /** Largest request body accepted, in bytes. */
    requestBytes: number;
    /** Largest uploaded article file (.txt, .md, .html), in bytes. */
    uploadBytes: number;
  };
  /**
   * Rendered reader pages kept for readers who are not signed in, in bytes
   * (PAGE_CACHE_MB; 0: no page cache). See src/web/middleware/page-cache.ts.
   */
  pageCacheBytes: number;
  /** Editor sign-in: session lifetime and the login rate limit (per IP and username). */
  auth: {
    sessionMaxAgeMinutes: number;
    loginMaxAttempts: number;
    loginWindowMinutes: number;
  };
}

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off']))
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const positiveInt = z.coerce.number().int().positive();

const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_REPLICA_URL: postgresUrl.optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    DEMO: flag.default(true),
    TRUST_PROXY: flag.default(false),
    MAX_ARTICLE_BYTES: positiveInt.default(256 * 1024),
    MAX_REQUEST_BYTES: positiveInt.default(1024 * 1024),
    MAX_UPLOAD_BYTES: positiveInt.default(1024 * 1024),
    SESSION_MAX_AGE_MINUTES: positiveInt.default(12 * 60),
    LOGIN_MAX_ATTEMPTS: positiveInt.default(5),
    LOGIN_WINDOW_MINUTES: positiveInt.default(15),
    PAGE_CACHE_MB: z.coerce.number().min(0).optional(),
  });

type Env = Record<string, string | undefined>;

/** Rules between variables; checked even when other variables are invalid, so every problem is reported. */
function crossFieldProblems(present: Env, values: z.infer<typeof schema> | undefined): string[] {
  const problems: string[] = [];
  if (present.NODE_ENV === 'production' && present.SESSION_SECRET === undefined) {
    problems.push('SESSION_SECRET: is required when NODE_ENV=production');
  }
  if (present.DATABASE_REPLICA_URL !== undefined && present.DATABASE_URL === undefined) {
    problems.push('DATABASE_REPLICA_URL: needs DATABASE_URL (a replica of that PostgreSQL server)');
  }
  if (values && values.MAX_REQUEST_BYTES < values.MAX_ARTICLE_BYTES) {
    problems.push('MAX_REQUEST_BYTES: must be at least MAX_ARTICLE_BYTES');
  }
  return problems;
}

/**
 * Validates the environment and returns the configuration, or throws one
 * CONFIG_INVALID error listing every problem. Pure: the session secret is
 * left empty when unset (see {@link loadConfig}).
 */
export function parseConfig(env: Env): Config {
  // Empty variables count as unset, as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(present);
  const details = [
    ...(result.error?.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`) ?? []),
    ...crossFieldProblems(present, result.data),
  ];
  if (!result.success || details.length > 0) {
    throw new AppError('CONFIG_INVALID', { message: `Invalid configuration:\n  ${details.join('\n  ')}`, details });
  }
  const values = result.data;
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    dataDir: values.DATA_DIR === IN_MEMORY ? IN_MEMORY : resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    databaseReplicaUrl: values.DATABASE_REPLICA_URL,
    logLevel: values.LOG_LEVEL ?? (values.NODE_ENV === 'test' ? 'silent' : 'info'),
    sessionSecret: values.SESSION_SECRET ?? '',
    demo: values.DEMO,
    trustProxy: values.TRUST_PROXY,
    // Off by default in tests, which count queries and change rows behind the app's back.
    pageCacheBytes: Math.round((values.PAGE_CACHE_MB ?? (values.NODE_ENV === 'test' ? 0 : 64)) * 1024 * 1024),
    limits: { articleBytes: values.MAX_ARTICLE_BYTES, requestBytes: values.MAX_REQUEST_BYTES, uploadBytes: values.MAX_UPLOAD_BYTES },
    auth: {
      sessionMaxAgeMinutes: values.SESSION_MAX_AGE_MINUTES,
      loginMaxAttempts: values.LOGIN_MAX_ATTEMPTS,
      loginWindowMinutes: values.LOGIN_WINDOW_MINUTES,
    },
  };
}

/**
 * Reads the configuration from the environment (the only place that reads
 * `process.env`). An unset SESSION_SECRET outside production is generated
 * once and kept in `<DATA_DIR>/session-secret` so sessions survive restarts;
 * with `DATA_DIR=memory://` it lives only as long as the process.
 */
export function loadConfig(env: Env = process.env): Config {
  const config = parseConfig(env);
  if (config.sessionSecret !== '') return config;
  return { ...config, sessionSecret: readOrCreateSecret(config.dataDir) };
}

function readOrCreateSecret(dataDir: string): string {
  if (dataDir === IN_MEMORY) return randomBytes(32).toString('hex');
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process started at the same moment and wrote its secret first: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
