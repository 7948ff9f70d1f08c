/// <reference lib="dom" />
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/users/create-user.js';
import type { TestApp } from '../setup/start-test-app.js';
import { screenshotDir, useBrowserSession, type BrowserSession } from './browser-session.js';
import { chromiumMissing } from './launch-chromium.js';

const PASSWORD = 'browser test password';

describe.skipIf(chromiumMissing !== null)(`editor pages in Chromium${chromiumMissing ? ` (${chromiumMissing})` : ''}`, () => {
  const session = useBrowserSession({
    browsers: 2,
    prepare: async (app) => {
      for (const [email, name] of [['ed@example.org', 'Edda Editor'], ['sam@example.org', 'Sam Second']] as const) {
        await createUser(app.db, { email, name, role: 'editor', password: PASSWORD, actingUserId: null });
      }
    },
    // 4xx answers (wrong password, empty form, conflict) are expected; CSP violations and script errors are not.
    ignoreConsole: (text) => text.startsWith('Failed to load resource: the server responded with a status of 4'),
  });
  let testApp: TestApp;
  let server: BrowserSession['server'];
  let page: Page;
  let otherPage: Page;
  const problems = session.problems;
  beforeAll(() => {
    ({ testApp, server } = session);
    [page, otherPage] = session.pages as [Page, Page];
  });

  async function shoot(target: Page, name: string): Promise<void> {
    for (const [suffix, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
      await target.setViewportSize({ width, height });
      const file = join(screenshotDir, `${name}-${suffix}.png`);
      await target.screenshot({ path: file, fullPage: true });
      await target.screenshot({ path: join(screenshotDir, `${name}-${suffix}-screen.png`) });
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
    await target.setViewportSize({ width: 1280, height: 800 });
  }

  async function signIn(target: Page, email: string): Promise<void> {
    await target.goto(`${server.url}/login`);
    await target.getByLabel('Email or username').fill(email);
    await target.getByLabel('Password').fill(PASSWORD);
    await target.getByRole('button', { name: 'Sign in' }).click();
    await target.waitForURL(/\/review$/);
  }

  it('signs in after a wrong password, and shows the editor navigation', async () => {
    await page.goto(`${server.url}/review`);
    await page.waitForURL(/\/login\?next=%2Freview$/);
    await page.getByLabel('Email or username').fill('ed@example.org');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('not right');
    await shoot(page, 'login');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/review$/);
    const nav = page.getByRole('navigation', { name: 'Editor' });
    expect(await nav.innerText()).toContain('Edda Editor');
    for (const name of ['Review', 'Ingest', 'Actors']) expect(await nav.getByRole('link', { name }).count()).toBe(1);
    expect(await nav.getByRole('button', { name: 'Log out' }).count()).toBe(1);
    await shoot(page, 'review');
  });

  it('shows the ingest form', async () => {
    await page.goto(`${server.url}/ingest`);
    await page.getByLabel('Title').fill('Ein Test');
    await shoot(page, 'ingest');
    await page.getByLabel('Text').fill('   ');
    await page.getByRole('button', { name: 'Ingest and extract' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('The article has no text');
  });

  it('corrects a claim, and the change shows in the claim page history', async () => {
    await page.goto(`${server.url}/review`);
    await page.getByRole('link', { name: 'Review claim' }).first().click();
    await page.waitForURL(/\/claims\/\d+\/edit$/);
    const claimId = Number(/\/claims\/(\d+)\/edit$/.exec(page.url())?.[1]);
    await shoot(page, 'edit');
    const kind = page.getByLabel('Kind');
    const current = await kind.inputValue();
    const next = current === 'reported' ? 'indirect' : 'reported';
    await kind.selectOption(next);
    await page.getByLabel('Relayed via').fill('Reuters');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForURL(/done=saved$/);
    expect(await page.getByRole('status').innerText()).toContain('Correction saved.');
    await page.getByRole('link', { name: 'Claim page and history' }).click();
    await page.waitForURL(new RegExp(`/claims/${claimId}$`));
    const history = await page.locator('.history').innerText();
    expect(history).toContain('Edda Editor');
    expect(history).toContain('correct');
    expect(history).toContain(next);
    expect(history).toContain('Reuters');
  });

  it('copies a span selected in the excerpt into the form (editor.js, allowed by the CSP)', async () => {
    const claim = await testApp.db.prisma.claim.findFirstOrThrow({ where: { status: 'machine' }, orderBy: { id: 'asc' } });
    await page.goto(`${server.url}/claims/${claim.id}/edit`);
    const picked = await page.evaluate(() => {
      const segment = Array.from(document.querySelectorAll<HTMLElement>('.excerpt [data-start]')).find((element) => /\p{L}{3,}/u.test(element.textContent ?? ''))!;
      const text = segment.textContent ?? '';
      const match = /\p{L}{3,}/u.exec(text)!;
      const range = document.createRange();
      range.setStart(segment.firstChild!, match.index);
      range.setEnd(segment.firstChild!, match.index + match[0].length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const start = Number(segment.dataset.start) + match.index;
      return { start, end: start + match[0].length, word: match[0] };
    });
    const article = await testApp.db.prisma.article.findUniqueOrThrow({ where: { id: claim.articleId } });
    expect(article.text.slice(picked.start, picked.end)).toBe(picked.word);
    await page.getByRole('button', { name: 'Use as speaker' }).click();
    expect(await page.locator('input[name="speakerStart"]').inputValue()).toBe(String(picked.start));
    expect(await page.locator('input[name="speakerEnd"]').inputValue()).toBe(String(picked.end));
  });

  it('shows a conflict page to the second of two editors saving the same claim, without overwriting', async () => {
    await signIn(otherPage, 'sam@example.org');
    const claim = await testApp.db.prisma.claim.findFirstOrThrow({ where: { status: 'machine' }, orderBy: { confidence: 'asc' } });
    const url = `${server.url}/claims/${claim.id}/edit`;
    await page.goto(url);
    await otherPage.goto(url);
    const [mine, theirs] = ['mixed', 'author', 'reported'].filter((kind) => kind !== claim.kind);
    await page.getByLabel('Kind').selectOption(mine!);
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForURL(/done=saved$/);
    await otherPage.getByLabel('Kind').selectOption(theirs!);
    const response = otherPage.waitForResponse((res) => res.url() === url && res.request().method() === 'POST');
    await otherPage.getByRole('button', { name: 'Save correction' }).click();
    expect((await response).status()).toBe(409);
    await otherPage.getByRole('heading', { name: 'Someone else changed this claim' }).waitFor();
    const row = await otherPage.locator('tr', { has: otherPage.locator('th', { hasText: 'Kind' }) }).innerText();
    expect(row).toContain(mine!);
    expect(row).toContain(theirs!);
    await shoot(otherPage, 'conflict');
    expect((await testApp.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).kind).toBe(mine);
    await otherPage.getByRole('link', { name: 'Open the current version' }).click();
    expect(await otherPage.getByLabel('Kind').inputValue()).toBe(mine);
  });

  it('shows the actors page', async () => {
    await page.goto(`${server.url}/actors`);
    expect(await page.getByRole('heading', { name: 'Merge duplicates' }).count()).toBe(1);
    await shoot(page, 'actors');
  });

  it('logs out with the header button', async () => {
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${server.url}/`);
    expect(await page.getByRole('navigation', { name: 'Editor' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
