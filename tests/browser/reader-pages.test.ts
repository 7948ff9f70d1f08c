/// <reference lib="dom" />
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../setup/start-test-app.js';
import { screenshotDir, useBrowserSession, type BrowserSession } from './browser-session.js';
import { chromiumMissing } from './launch-chromium.js';

describe.skipIf(chromiumMissing !== null)(`reader pages in Chromium${chromiumMissing ? ` (${chromiumMissing})` : ''}`, () => {
  const session = useBrowserSession();
  let testApp: TestApp;
  let server: BrowserSession['server'];
  let page: Page;
  const consoleErrors = session.problems;
  beforeAll(() => {
    ({ testApp, server } = session);
    page = session.pages[0]!;
  });

  async function shootBoth(name: string): Promise<void> {
    for (const [suffix, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      const file = join(screenshotDir, `${name}-${suffix}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }
    // What a phone shows first, at full resolution.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshotDir, `${name}-phone-screen.png`) });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('shows the demo article’s disputes side by side on the front page', async () => {
    await page.goto(`${server.url}/`);
    const disputes = page.locator('li.dispute');
    expect(await disputes.count()).toBeGreaterThanOrEqual(3);
    // Side by side on a desktop: the counterclaims column starts to the right of the claim column.
    const claimBox = await disputes.first().locator('.dispute__side--claim').boundingBox();
    const counterBox = await disputes.first().locator('.dispute__side--counter').boundingBox();
    expect(counterBox!.x).toBeGreaterThan(claimBox!.x + claimBox!.width - 1);
    const text = await page.locator('.dispute-list').innerText();
    expect(text).toContain('Tehran (Iran)');
    expect(text).toContain('Washington (United States)');
    await shootBoth('front-page');
    // Stacked on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    const phoneClaim = await disputes.first().locator('.dispute__side--claim').boundingBox();
    const phoneCounter = await disputes.first().locator('.dispute__side--counter').boundingBox();
    expect(phoneCounter!.y).toBeGreaterThan(phoneClaim!.y + phoneClaim!.height - 1);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Filtering works without JavaScript (a GET form).
    await page.selectOption('select[name="party"]', 'Moscow');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/party=Moscow/);
    expect(await page.locator('li.dispute').count()).toBeGreaterThanOrEqual(1);
  });

  it('follows a counterclaim to the exact sentence in its article', async () => {
    await page.goto(`${server.url}/`);
    const link = page.locator('.dispute__side--counter .claim-summary__meta a').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/articles\/\d+#claim-\d+$/);
    await link.click();
    await page.waitForURL(/#claim-\d+$/);
    const id = href.split('#claim-')[1];
    const target = page.locator(`#claim-${id}`);
    expect(await target.count()).toBe(1);
  });

  it('shows a claim page with its context, relations and valid JSON-LD, without console errors', async () => {
    const relation = await testApp.db.prisma.claimRelation.findFirstOrThrow({ where: { type: 'denies' }, orderBy: { id: 'asc' } });
    await page.goto(`${server.url}/claims/${relation.toId}`);
    const claim = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: relation.toId } });
    expect((await page.locator('.claim-context__text mark.claim').innerText()).replace(/\s+/g, ' ')).toBe(claim.text.replace(/\s+/g, ' '));
    expect(await page.locator('.sides__col--against .claim-summary').count()).toBeGreaterThanOrEqual(1);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '')).toMatchObject({ '@type': 'Claim', text: claim.text });
    await shootBoth('claim');
    await page.goto(`${server.url}/parties/Washington`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Washington (United States)');
    await shootBoth('party');
    await page.goto(`${server.url}/search?q=Drohne`);
    expect(await page.locator('mark.match').count()).toBeGreaterThan(0);
    await shootBoth('search');
    await page.goto(`${server.url}/parties`);
    await shootBoth('parties');
    await page.goto(`${server.url}/articles`);
    await shootBoth('articles');
    // A bad filter is a clear 400 page, not a 500.
    const bad = await page.goto(`${server.url}/?page=0&from=2024-02-30`);
    expect(bad?.status()).toBe(400);
    const problems = await page.locator('.notice__details').innerText();
    expect(problems).toContain('page: must be a whole number');
    expect(problems).toContain('from: is not a real date');
    await shootBoth('bad-filter');
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.includes('400')));
    expect(consoleErrors).toEqual([]);
  });
});
