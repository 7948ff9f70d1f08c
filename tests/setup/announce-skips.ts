import { chromiumMissing } from '../browser/launch-chromium.js';

/**
 * Vitest global setup: says once, before any test runs, which groups of
 * tests will be skipped on this machine and what would make them run.
 */
export default function announceSkips(): void {
  const notes = [
    chromiumMissing && `browser tests (tests/browser) ${chromiumMissing}`,
    !process.env.TEST_DATABASE_URL &&
      'PostgreSQL tests skipped: TEST_DATABASE_URL is not set (TEST_DATABASE_URL=$(sh scripts/pg-throwaway.sh start) npm test)',
  ].filter((note): note is string => typeof note === 'string');
  for (const note of notes) console.info(`[claimtrail tests] ${note}`);
}
