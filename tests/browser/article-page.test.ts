/// <reference lib="dom" />
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLE } from '../../src/demo/demo-article.js';
import type { TestApp } from '../setup/start-test-app.js';
import { screenshotDir, useBrowserSession, type BrowserSession } from './browser-session.js';
import { chromiumMissing } from './launch-chromium.js';

describe.skipIf(chromiumMissing !== null)(`article page in Chromium${chromiumMissing ? ` (${chromiumMissing})` : ''}`, () => {
  const session = useBrowserSession();
  let testApp: TestApp;
  let server: BrowserSession['server'];
  let page: Page;
  beforeAll(() => {
    ({ testApp, server } = session);
    page = session.pages[0]!;
  });

  async function shoot(name: string, width: number, height: number, fullPage = true): Promise<string> {
    await page.setViewportSize({ width, height });
    const file = join(screenshotDir, name);
    await page.screenshot({ path: file, fullPage });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    return file;
  }

  it('goes from the front page to the demo article and shows what a reader needs', async () => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${server.url}/articles`);
    await shoot('articles-desktop.png', 1280, 800);
    await page.getByRole('link', { name: DEMO_ARTICLE.title }).click();
    await page.waitForURL(/\/articles\/\d+$/);

    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(DEMO_ARTICLE.title);
    expect(await page.title()).toBe(`${DEMO_ARTICLE.title} · Claimtrail`);
    const byline = await page.locator('.article__header .byline').innerText();
    expect(byline).toContain('RT Deutsch');
    expect(byline).toContain('28 June 2019');

    const paragraphs = page.locator('.article__body .paragraph');
    expect(await paragraphs.count()).toBeGreaterThan(10);
    const body = await page.locator('.article__body').innerText();
    expect(body).toContain('Frankreich wies dieses Ansinnen laut einem Reuters-Bericht zurück.');
    expect(body).toContain('Teheran wies die Anschuldigungen zurück');

    // The stylesheet loaded (CSP allows own assets): the article text is set in a serif.
    const font = await page.locator('.article__body').evaluate((element) => getComputedStyle(element).fontFamily);
    expect(font).toMatch(/serif/i);
    expect(consoleErrors).toEqual([]);

    await shoot('article-desktop.png', 1280, 900);
    await shoot('article-phone.png', 390, 844);
    await shoot('article-phone-screen.png', 390, 844, false);
  });

  it('highlights each stored claim at its offsets, labelled with its party', async () => {
    const articleId = Number(new URL(page.url()).pathname.split('/').pop());
    const claims = await testApp.db.prisma.claim.findMany({ where: { articleId }, include: { party: true }, orderBy: { start: 'asc' } });
    const marks = page.locator('mark.claim');
    if (claims.length === 0) {
      expect(await marks.count()).toBe(0);
      expect(await page.locator('.claim-panel').innerText()).toContain('No claims were found');
      return;
    }
    expect(await page.locator('.claim-card').count()).toBe(claims.length);
    for (const claim of claims) {
      const pieces = await page.locator(`mark.claim[data-claim="${claim.id}"]`).allInnerTexts();
      // Inner claims may cut an outer one; what is shown for it is part of its text.
      for (const piece of pieces) expect(claim.text.replace(/\s+/g, ' ')).toContain(piece.replace(/\s+/g, ' ').trim());
    }
    const partyNames = claims.map((claim) => claim.party.name);
    // The label before each highlight comes from its data-label (CSS ::before), so it is not part of the claim's text.
    const labels = await page.locator('mark.claim[data-label]').evaluateAll((marks) => marks.map((mark) => (mark as HTMLElement).dataset.label?.replace(/ · unsourced$/, '') ?? ''));
    expect(labels.length).toBeGreaterThan(0);
    // Labels give the party's name without its bracketed explanation.
    for (const label of labels) expect(partyNames.some((name) => name.startsWith(label.trim()))).toBe(true);
  });
});
