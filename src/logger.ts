import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger } from 'pino';

/** The application's structured (JSON) logger; one line per event on stdout. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    name: 'claimtrail',
    level: config.logLevel,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  });
}
