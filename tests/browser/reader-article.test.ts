/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../setup/start-test-app.js';
import { screenshotDir, useBrowserSession, type BrowserSession } from './browser-session.js';
import { chromiumMissing } from './launch-chromium.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(chromiumMissing !== null)(`article page claims in Chromium${chromiumMissing ? ` (${chromiumMissing})` : ''}`, () => {
  const session = useBrowserSession();
  let testApp: TestApp;
  let server: BrowserSession['server'];
  let page: Page;
  let articleId: number;

  beforeAll(async () => {
    ({ testApp, server } = session);
    page = session.pages[0]!;
    articleId = (await testApp.db.prisma.article.findFirstOrThrow({ select: { id: true } })).id;
  });

  it('highlights every claim exactly at its offsets', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/articles/${articleId}`);
    const article = await testApp.db.prisma.article.findUniqueOrThrow({ where: { id: articleId }, include: { claims: true } });
    expect(article.claims.length).toBeGreaterThan(5);
    for (const claim of article.claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
      // The pieces of a claim's highlight (one, unless another claim crosses it) read exactly its words.
      const pieces = await page.locator(`mark.claim[data-claim="${claim.id}"]`).evaluateAll((marks) =>
        marks.map((mark) => {
          const copy = mark.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.claim-tip').forEach((tip) => tip.remove());
          return copy.textContent ?? '';
        }),
      );
      expect(squash(pieces.join(''))).toBe(squash(claim.text));
      expect(await page.locator(`#claim-${claim.id}`).count()).toBe(1);
    }
  });

  it('lets the keyboard reach a claim and shows who said it', async () => {
    await page.goto(`${server.url}/articles/${articleId}`);
    let focused = '';
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('mark.claim') ? document.activeElement.id : ''));
    }
    expect(focused).toMatch(/^claim-\d+$/);
    const tip = page.locator(`#${focused} + .claim-tip`);
    expect(await tip.isVisible()).toBe(true);
    const claim = await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: Number(focused.slice(6)) }, include: { party: true } });
    expect(await tip.innerText()).toContain(claim.party.name);
    await page.screenshot({ path: join(screenshotDir, 'article-focus-desktop.png') });
    // From a claim with no claim inside it, Tab goes to its tooltip's link, and the tooltip stays open.
    const simple = await page.evaluate(() => Array.from(document.querySelectorAll('mark.claim[id]')).find((mark) => !mark.querySelector('mark.claim'))?.id ?? '');
    await page.focus(`#${simple}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.claim-tip')?.id ?? '')).toBe(simple.replace('claim-', 'tip-'));
    expect(await page.locator(`#${simple} + .claim-tip`).isVisible()).toBe(true);
  });

  it('opens the tooltip of a claim reached by its #claim-N link, and marks disputes', async () => {
    const relation = await testApp.db.prisma.claimRelation.findFirstOrThrow({ where: { type: 'denies' }, orderBy: { id: 'asc' } });
    await page.goto(`${server.url}/articles/${articleId}#claim-${relation.toId}`);
    const tip = page.locator(`#claim-${relation.toId} + .claim-tip`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/Disputed/);
    await page.screenshot({ path: join(screenshotDir, 'article-target-desktop.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshotDir, 'article-target-phone.png') });
    await page.screenshot({ path: join(screenshotDir, 'article-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(screenshotDir, 'article-desktop.png'), fullPage: true });
  });
});
