import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import zhCN from '../src/i18n/zh-CN';
import { openBrowser, screenshot, SCREENSHOT_DIR, type Browser } from './browser';
import { apiToken, collectPageErrors, graphql, loginThroughForm } from './helpers';
import { join } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';

/**
 * Issue 14 items 10–13 in the browser: the ranking's average row, change arrows and periods side by
 * side; a saved view that becomes the start page; the print stylesheet of the ranking and the A4 unit
 * report (page.pdf is Chromium's "Save as PDF"). The assessor is used so the leader's start page
 * (dashboard.e2e) is never touched; its views are deleted at the end.
 */
const baseUrl = inject('baseUrl');
const PERIOD = '2023-11';
const RANKING = `/ranking?period=${PERIOD}&scope=ALL&avg=1`;

async function pdfPages(page: Page, name: string): Promise<number> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  // Each page object of the PDF is "/Type /Page" (not "/Pages").
  return (readFileSync(path).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('saved views and print', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await openBrowser({ width: 1440, height: 900 }, 'zh-CN');
    page = browser.page;
    pageErrors = collectPageErrors(page);
    await loginThroughForm(page, baseUrl, 'assessor');
  });
  afterAll(async () => {
    const token = await apiToken(baseUrl, 'assessor');
    const { savedViews } = await graphql<{ savedViews: Array<{ id: string }> }>(baseUrl, '{ savedViews { id } }', {}, token);
    for (const v of savedViews) await graphql(baseUrl, 'mutation($id: String!) { deleteSavedView(id: $id) }', { id: v.id }, token);
    await browser?.close();
  });

  it('shows the average row, change arrows against the previous month and three months side by side', async () => {
    await page.goto(`${baseUrl}${RANKING}`);
    await page.locator('[data-testid="ranking-row"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="average-row"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="cell-change"]').count()).toBeGreaterThan(75);
    // The arrow's tooltip names the previous period and the delta.
    const title = await page.locator('[data-testid="cell-change"]').first().getAttribute('title');
    expect(title).toContain('2023年10月');
    await screenshot(page, 'ranking-average-arrows');

    await page.goto(`${baseUrl}${RANKING}&periods=3&top=10`);
    await expect.poll(() => page.locator('[data-testid="period-group"]').count()).toBe(3);
    await expect.poll(() => page.locator('[data-testid="ranking-row"]').count()).toBe(10);
    await screenshot(page, 'ranking-periods-side-by-side');
  });

  it('saves the current view as the start page: signing in again opens it', async () => {
    await page.goto(`${baseUrl}${RANKING}&sort=composite:asc`);
    await page.locator('[data-testid="ranking-row"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="saved-views-button"]').click();
    await page.locator('[data-testid="save-view"]').click();
    await page.locator('[data-testid="view-name"]').fill('十一月 · 倒序');
    await page.locator('[data-testid="view-start"]').click();
    await page.getByRole('button', { name: zhCN.common.save }).click();
    await page.getByText(zhCN.views.saved.replace('{name}', '十一月 · 倒序')).waitFor();
    await screenshot(page, 'saved-view-created');

    await page.goto(`${baseUrl}/`);
    await page.waitForURL((url) => url.pathname === '/ranking' && url.searchParams.get('sort') === 'composite:asc');
    const url = new URL(page.url());
    expect(url.searchParams.get('period')).toBe(PERIOD);
    expect(url.searchParams.get('avg')).toBe('1');

    // The menu lists it, marked as the start page.
    await page.locator('[data-testid="saved-views-button"]').click();
    await page.locator('[data-testid="saved-view"][data-view-name="十一月 · 倒序"]').waitFor();
    await screenshot(page, 'saved-views-menu');

    // Renamed from the menu: same address, new name.
    await page.locator('[data-testid="saved-view"][data-view-name="十一月 · 倒序"] [data-testid="rename-view"]').click();
    const nameInput = page.locator('[data-testid="view-name"]');
    expect(await nameInput.inputValue()).toBe('十一月 · 倒序');
    await nameInput.fill('十一月 · 末位');
    await page.getByRole('button', { name: zhCN.common.save }).click();
    await page.getByText(zhCN.views.renamed.replace('{name}', '十一月 · 末位')).waitFor();
    await page.locator('[data-testid="saved-views-button"]').click();
    const renamed = page.locator('[data-testid="saved-view"][data-view-name="十一月 · 末位"]');
    await renamed.waitFor();
    expect(await page.locator('[data-testid="saved-view"][data-view-name="十一月 · 倒序"]').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('keeps the heatmap search and sort in the address, so a saved view reopens them; cells show change arrows', async () => {
    await page.goto(`${baseUrl}/ranking?period=${PERIOD}&scope=ALL&tab=heatmap`);
    const search = page.locator('[data-testid="heatmap-search"]');
    await search.waitFor({ timeout: 20_000 });
    await search.fill('区');
    await page.waitForURL((url) => url.searchParams.get('q') === '区');
    await page.locator('[data-testid="heatmap-sort"]').click();
    await page.getByRole('option', { name: new RegExp(`^${zhCN.grid.sortIndicator}: U1 `) }).click();
    await page.waitForURL((url) => url.searchParams.get('hsort') === 'U1');
    await page.locator('[data-testid="heatmap"] canvas').first().waitFor({ timeout: 20_000 });

    await page.locator('[data-testid="saved-views-button"]').click();
    await page.locator('[data-testid="save-view"]').click();
    await page.locator('[data-testid="view-name"]').fill('热力图 · 区县');
    await page.getByRole('button', { name: zhCN.common.save }).click();
    await page.getByText(zhCN.views.saved.replace('{name}', '热力图 · 区县')).waitFor();

    await page.goto(`${baseUrl}/ranking?period=${PERIOD}&scope=ALL`);
    await page.locator('[data-testid="ranking-row"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="saved-views-button"]').click();
    await page.locator('[data-testid="saved-view"][data-view-name="热力图 · 区县"] .view-name').click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'heatmap' && url.searchParams.get('hsort') === 'U1');
    await expect.poll(() => search.inputValue()).toBe('区');
    expect(await page.locator('[data-testid="heatmap-sort"]').textContent()).toContain('U1');
    await page.locator('[data-testid="heatmap"] canvas').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(800);
    await screenshot(page, 'heatmap-saved-view-arrows');
  });

  it('"/" from the heatmap jumps to the table\'s search box, which keeps its words in the address', async () => {
    await page.goto(`${baseUrl}/ranking?period=${PERIOD}&scope=ALL&tab=heatmap`);
    await page.locator('[data-testid="heatmap-search"]').waitFor({ timeout: 20_000 });
    await page.keyboard.press('/');
    await page.waitForURL((url) => !url.searchParams.has('tab'));
    const search = page.getByRole('textbox', { name: zhCN.ranking.searchPlaceholder });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await search.getAttribute('aria-keyshortcuts')).toBe('/');
    await page.keyboard.type('区');
    await page.waitForURL((url) => url.searchParams.get('q') === '区');
    await screenshot(page, 'ranking-search');
  });

  it('prints the ranking without navigation, with the print header and page numbers', async () => {
    await page.goto(`${baseUrl}${RANKING}`);
    await page.locator('[data-testid="ranking-row"]').first().waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="print-button"]').isVisible()).toBe(false);
    const header = page.locator('[data-testid="print-header"]');
    expect(await header.isVisible()).toBe(true);
    expect(await header.textContent()).toContain('2023年11月');
    expect(await header.textContent()).toContain(zhCN.scope.ALL);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'ranking-print.png'), fullPage: true });
    expect(await pdfPages(page, 'ranking-print')).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('opens the unit report from the unit page and prints it as an A4 document', async () => {
    const token = await apiToken(baseUrl, 'assessor');
    const { ranking } = await graphql<{ ranking: { rows: Array<{ unit: { code: string } }> } }>(
      baseUrl,
      `{ ranking(period: "${PERIOD}") { rows { unit { code } } } }`,
      {},
      token,
    );
    const code = ranking.rows[0]!.unit.code;
    await page.goto(`${baseUrl}/units/${code}?period=${PERIOD}&scope=ALL`);
    await page.locator('[data-testid="report-link"]').click();
    await page.waitForURL((url) => url.pathname === `/units/${code}/report`);
    await page.locator('[data-testid="sub-indicator-row"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="report-remediation"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 2, null, { timeout: 15_000 });
    await page.waitForTimeout(1200);
    await screenshot(page, 'unit-report');
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'unit-report-print.png'), fullPage: true });
    const pages = await pdfPages(page, 'unit-report');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});
