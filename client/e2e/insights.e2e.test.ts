import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gradeOf } from '@scorecard/shared';
import zhCN from '../src/i18n/zh-CN';
import { openBrowser, screenshot, type Browser } from './browser';
import { apiToken, collectPageErrors, graphql, loginThroughForm, numberIn, parseNumber } from './helpers';

/**
 * Score-change attribution, the ranking's "why" popover, month to date and the early warning, on the
 * demo city with the clock at 2023-12-15 (server.global-setup.ts): December is in progress.
 */
const baseUrl = inject('baseUrl');
const PERIOD = '2023-11';

interface RankingRows {
  ranking: {
    rows: Array<{ unit: { code: string; name: string }; composite: number | null; previousComposite: number | null }>;
  };
}
interface Change {
  scoreChange: {
    from: number;
    to: number;
    parts: Array<{ indicatorId: string; shownPoints: number; text: string; hasRecords: boolean }>;
  };
}

/** A chart's canvas is there, and its entry animation (about a second) is over for the screenshot. */
async function chartDrawn(page: Page, selector: string): Promise<void> {
  await page.locator(`${selector} canvas`).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1200);
}

describe('leader', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let token = '';

  beforeAll(async () => {
    browser = await openBrowser({ width: 1366, height: 768 }, 'zh-CN');
    page = browser.page;
    pageErrors = collectPageErrors(page);
    token = await apiToken(baseUrl, 'leader');
    await loginThroughForm(page, baseUrl, 'leader');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a unit that dropped: the waterfall and the sentences, then a link to the records', async () => {
    // The unit whose composite fell most from October to November.
    const { ranking } = await graphql<RankingRows>(
      baseUrl,
      `{ ranking(period: "${PERIOD}") { rows { unit { code name } composite previousComposite } } }`,
      {},
      token,
    );
    const dropped = ranking.rows
      .filter((r) => r.composite != null && r.previousComposite != null)
      .sort((a, b) => a.composite! - a.previousComposite! - (b.composite! - b.previousComposite!))[0]!;
    expect(dropped.composite!).toBeLessThan(dropped.previousComposite!);
    const api = await graphql<Change>(
      baseUrl,
      `{ scoreChange(unitCode: "${dropped.unit.code}", period: "${PERIOD}") { from to parts { indicatorId shownPoints text hasRecords } } }`,
      {},
      token,
    );

    await page.goto(`${baseUrl}/units/${dropped.unit.code}?period=${PERIOD}&scope=ALL`, {
      waitUntil: 'domcontentloaded',
    });
    const panel = page.locator('[data-testid="score-change"]');
    await panel.locator('[data-testid="change-sentence"]').first().waitFor({ timeout: 20_000 });
    await chartDrawn(page, '[data-testid="waterfall"]');
    // The sentences are the server's, in order; the shown parts add up to the shown change.
    expect(await panel.locator('[data-testid="change-sentence"] .text').allTextContents()).toEqual(
      api.scoreChange.parts.map((p) => p.text),
    );
    // The shown change is written with a typographic minus (−), as in the sentences.
    const shownChange = parseNumber((await panel.locator('[data-testid="change-points"]').textContent())?.replace('−', '-') ?? '');
    const sum = api.scoreChange.parts.reduce((a, p) => a + p.shownPoints, 0);
    expect(Math.round(sum * 100)).toBe(Math.round(shownChange * 100));
    expect(shownChange).toBeLessThan(0);
    await screenshot(page, 'score-change-leader');

    // Follow the link of the part that cost the most and has records: the evidence drawer opens on it.
    const worst = [...api.scoreChange.parts]
      .filter((p) => p.hasRecords)
      .sort((a, b) => a.shownPoints - b.shownPoints)[0]!;
    await panel
      .locator(`[data-testid="change-sentence"][data-indicator="${worst.indicatorId}"] [data-testid="change-records"]`)
      .click();
    await page.waitForURL((url) => url.searchParams.get('indicator') === worst.indicatorId);
    const drawer = page.locator('[data-testid="evidence-drawer"]');
    await drawer.waitFor();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain(worst.indicatorId);
    await expect
      .poll(() => drawer.locator('[data-testid="evidence-row"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'score-change-records');
  });

  it('shows the same in a popover for a riser of the ranking, whose records link opens the unit', async () => {
    await page.goto(`${baseUrl}/ranking?period=${PERIOD}&scope=ALL`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="why-button"]').first().click();
    const popover = page.locator('[data-testid="why-popover"]');
    await popover.locator('[data-testid="change-sentence"]').first().waitFor({ timeout: 20_000 });
    await chartDrawn(page, '[data-testid="why-popover"] [data-testid="waterfall"]');
    await screenshot(page, 'score-change-popover');
    const link = popover.locator('[data-testid="change-records"]').first();
    const indicator = await link.evaluate((el) => el.closest('[data-indicator]')?.getAttribute('data-indicator') ?? '');
    await link.click();
    await page.waitForURL(
      (url) => url.pathname.startsWith('/units/') && url.searchParams.get('indicator') === indicator,
    );
    await page.locator('[data-testid="evidence-drawer"]').waitFor();
  });

  it('marks December as in progress: the ranking counts the data to 15 December, preliminary', async () => {
    await page.goto(`${baseUrl}/ranking?period=2023-12&scope=ALL`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="ranking-row"]').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('[data-testid="preliminary"]').textContent()).toContain('截至12月15日');
    await screenshot(page, 'ranking-month-to-date');
  });

  it('the early-warning page shows the flagged units with reasons, and the backtest figures the API gives', async () => {
    await page.goto(`${baseUrl}/early-warning`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="warning-row"]').first().waitFor({ timeout: 30_000 });
    const data = await graphql<{
      earlyWarning: {
        units: Array<{
          unit: { code: string };
          flag: string | null;
          history: Array<{
            period: string;
            expected: number | null;
            low: number | null;
            high: number | null;
            actual: number | null;
          }>;
        }>;
        backtest: {
          overall: { mae: number; gradeHitRate: number; coverage: number; precision: number; recall: number };
        };
      };
    }>(
      baseUrl,
      '{ earlyWarning { units { unit { code } flag history { period expected low high actual } } backtest { overall { mae gradeHitRate coverage precision recall } } } }',
      {},
      token,
    );
    const flagged = data.earlyWarning.units.filter((u) => u.flag);
    expect(await page.locator('[data-testid="warning-row"]').count()).toBe(flagged.length);
    expect(await page.locator('[data-testid="warning-flag"]').count()).toBe(flagged.length);

    // The figures recomputed here from every unit's backtest history.
    const rows = data.earlyWarning.units
      .flatMap((u) => u.history)
      .filter((h) => h.expected != null && h.actual != null);
    const mae = rows.reduce((a, h) => a + Math.abs(h.actual! - h.expected!), 0) / rows.length;
    const gradeHits = rows.filter((h) => gradeOf(h.expected) === gradeOf(h.actual)).length / rows.length;
    const ranged = rows.filter((h) => h.low != null);
    const coverage = ranged.filter((h) => h.actual! >= h.low! && h.actual! <= h.high!).length / ranged.length;
    expect(mae).toBeCloseTo(data.earlyWarning.backtest.overall.mae, 9);
    expect(gradeHits).toBeCloseTo(data.earlyWarning.backtest.overall.gradeHitRate, 9);
    expect(coverage).toBeCloseTo(data.earlyWarning.backtest.overall.coverage, 9);

    const shown = async (id: string) =>
      numberIn(page.locator(`[data-testid="${id}"] [data-testid="stat-value"]`).filter({ hasText: /\d/ }));
    const backtest = page.locator('[data-testid="backtest"]');
    await backtest.scrollIntoViewIfNeeded();
    expect(await shown('backtest-mae')).toBe(Number(mae.toFixed(2)));
    const percent = async (id: string) =>
      parseNumber(
        ((await page.locator(`[data-testid="${id}"] [data-testid="stat-value"]`).textContent()) ?? '').replace('%', ''),
      );
    expect(await percent('backtest-grade')).toBe(Number((gradeHits * 100).toFixed(1)));
    expect(await percent('backtest-coverage')).toBe(Number((coverage * 100).toFixed(1)));
    expect(await percent('backtest-precision')).toBe(
      Number((data.earlyWarning.backtest.overall.precision * 100).toFixed(1)),
    );
    expect(await percent('backtest-recall')).toBe(Number((data.earlyWarning.backtest.overall.recall * 100).toFixed(1)));
    await chartDrawn(page, '[data-testid="backtest"]');
    await screenshot(page, 'early-warning-backtest');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(zhCN.insights.warning.title);
    await screenshot(page, 'early-warning-leader');
  });

  it('had no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('unit user', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser({ width: 1366, height: 768 }, 'zh-CN');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees only its own unit on the early-warning page, with its backtest', async () => {
    const page = browser.page;
    await loginThroughForm(page, baseUrl, 'unit-zz-m-011');
    await page.goto(`${baseUrl}/early-warning`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="warning-row"]').first().waitFor({ timeout: 30_000 });
    expect(
      await page
        .locator('[data-testid="warning-row"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit-code'))),
    ).toEqual(['ZZ-M-011']);
    await chartDrawn(page, '[data-testid="forecast-history"]');
    await screenshot(page, 'early-warning-unit');
  });
});
