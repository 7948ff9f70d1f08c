import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, listen, type TestApp } from '../setup/start-test-app.js';
import { launchChromium } from './launch-chromium.js';

/** Screenshots go to SCREENSHOT_DIR when set, else to a new temp folder (printed after the test file). */
export const screenshotDir = process.env.SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'claimtrail-screenshots-'));

/** What a browser test file works with; filled in before its first test. */
export interface BrowserSession {
  /** The app on an in-memory database with the demo article. */
  testApp: TestApp;
  server: Awaited<ReturnType<typeof listen>>;
  /** One page per browser (each browser has a profile of its own, so its own cookies). */
  pages: Page[];
  /** Script errors and console errors of every page, except those `ignoreConsole` accepts. */
  problems: string[];
}

export interface BrowserSessionOptions {
  /** How many separate browsers (default 1). */
  browsers?: number;
  /** Runs on the test app before the server starts (users, articles). */
  prepare?: (testApp: TestApp) => Promise<void>;
  /** Console errors to leave out of `problems` (expected 4xx answers). */
  ignoreConsole?: (text: string) => boolean;
}

/**
 * For the describe block it is called in: starts the test app, its server and Chromium before the first
 * test, and closes them after the last one.
 */
export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  const session = { pages: [], problems: [] } as unknown as BrowserSession;
  const browsers: Awaited<ReturnType<typeof launchChromium>>[] = [];
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    session.testApp = await createTestApp();
    await options.prepare?.(session.testApp);
    session.server = await listen(session.testApp.app);
    browsers.push(...(await Promise.all(Array.from({ length: options.browsers ?? 1 }, () => launchChromium()))));
    for (const browser of browsers) {
      const page = await browser.context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !options.ignoreConsole?.(message.text())) session.problems.push(message.text());
      });
      page.on('pageerror', (error) => session.problems.push(error.message));
      session.pages.push(page);
    }
  });
  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await session.server?.close();
    await session.testApp?.close();
    console.info(`screenshots: ${screenshotDir}`);
  });
  return session;
}
