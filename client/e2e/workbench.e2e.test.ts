import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GRADE_BAND_COLORS } from '@scorecard/shared';
import zhCN from '../src/i18n/zh-CN';
import { openBrowser, screenshot, type Browser } from './browser';
import { collectPageErrors, loginThroughForm, parseNumber } from './helpers';

/**
 * The assessor's flow end to end on the demo city: a weight moved on the workbench changes the
 * preview, the draft is saved and the period published; a leader then opens the ranking on that
 * published period with its label, and the methodology page shows the new weight.
 *
 * The e2e clock is 2023-12-15 (server.global-setup.ts): December is in progress and cannot be
 * published, so the flow publishes November, the last month that has ended.
 */
const baseUrl = inject('baseUrl');
const IN_PROGRESS = '2023-12';
const PERIOD = '2023-11';

function previewSignature(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="whatif-row"]'))
      .map(
        (row) =>
          `${row.getAttribute('data-unit-code')}:${row.querySelector('[data-testid="whatif-composite"]')?.textContent?.trim()}`,
      )
      .join('|'),
  );
}

describe('assessor workbench → publication → leader', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let version = 0;
  let weightE = 0;

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.page;
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an assessor moves a weight, sees the preview change, saves and publishes', async () => {
    await loginThroughForm(page, baseUrl, 'assessor');
    // A month in progress is previewed but cannot be published.
    await page.goto(`${baseUrl}/workbench?period=${IN_PROGRESS}&scope=ALL`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('publish-in-progress').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('publish-open').isDisabled()).toBe(true);

    await page.goto(`${baseUrl}/workbench?period=${PERIOD}&scope=ALL`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="whatif-row"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="whatif-row"]').count()).toBe(75);

    // Version 1 is frozen: every field of its editor is disabled, and a draft is made from it.
    const editor = page.getByTestId('scheme-editor');
    expect(await editor.locator('input:disabled').count()).toBeGreaterThan(50);
    expect(await editor.locator('input:not(:disabled)').count()).toBe(0);
    expect(await editor.locator('[role="slider"][aria-disabled="false"]').count()).toBe(0);
    await page.getByRole('button', { name: zhCN.workbench.newDraft.replace('{version}', '1') }).click();
    await page.waitForURL((url) => url.searchParams.has('version'));
    await expect.poll(() => editor.locator('[data-testid^="sub-"] input:disabled').count()).toBe(0);
    version = Number(new URL(page.url()).searchParams.get('version'));
    expect(version).toBeGreaterThan(1);
    await page.locator('[data-testid="whatif-row"]').first().waitFor();
    const before = await previewSignature(page);
    expect(await page.locator('[data-testid="whatif-summary"]').textContent()).toContain('0 / 75');

    // Dimension E (数据应用效果) from 25 to 40 with the keyboard on its slider.
    const slider = page.locator('[data-testid="dimension-E"] [role="slider"]');
    await slider.focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('40');
    weightE = 40;
    await expect.poll(() => previewSignature(page)).not.toBe(before);
    expect(
      parseNumber((await page.locator('[data-testid="whatif-summary"]').textContent())?.split('/')[0] ?? ''),
    ).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="mover-up"]').count()).toBeGreaterThan(0);
    await page.locator('[data-testid="unsaved"]').waitFor();
    await screenshot(page, 'workbench-preview');

    // Dimension E gets its own legend: the inherited grade bands copied, then the top band from 85.
    const legendE = page.getByTestId('legend-E');
    await legendE.locator('.el-collapse-item__header').click();
    await legendE.getByRole('button', { name: zhCN.legendEditor.override }).click();
    expect(await legendE.textContent()).toContain(zhCN.legendEditor.source.own);
    const topStart = legendE.locator('[data-testid="legend-band-0"] input').first();
    // A start another band has is refused inline, naming the band, and the draft cannot be saved.
    await topStart.fill('60');
    await topStart.press('Enter');
    await legendE.getByRole('alert').filter({ hasText: zhCN.legendEditor.issue['from-duplicate'] }).waitFor();
    expect(await legendE.getByRole('alert').first().textContent()).toContain('（≥60）');
    expect(await page.getByTestId('save-draft').isDisabled()).toBe(true);
    await topStart.fill('85');
    await topStart.press('Enter');
    // Live preview: the swatches of E's legend follow the edit.
    await expect.poll(() => legendE.locator('.el-collapse-item__header').textContent()).toContain('≥85');
    // The top band takes the pass colour from the picker's presets (the grade colours).
    await legendE.locator('[data-testid="legend-band-0"] .el-color-picker__trigger').click();
    await page.locator('.el-color-predefine__color-selector:visible').nth(2).click();
    await page.locator('.el-color-footer__btn:visible').click();
    await expect
      .poll(() => legendE.locator('[data-testid="legend-band-0"]').textContent())
      .toContain(GRADE_BAND_COLORS.pass);
    expect(await legendE.getByRole('alert').count()).toBe(0);
    await legendE.scrollIntoViewIfNeeded();
    await screenshot(page, 'workbench-legend-editor');

    await page.getByTestId('save-draft').click();
    await page.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });

    // The diff against version 1 lists E's bands as added, with their values.
    await page.locator('.tabs').getByText(zhCN.workbench.tabs.diff).click();
    const diff = page.getByTestId('scheme-diff');
    await diff.waitFor();
    const bandRows = diff.locator('tr', {
      hasText: `${zhCN.workbench.diff.fields.legend_band} · ${zhCN.workbench.diff.added}`,
    });
    expect(await bandRows.count()).toBe(4);
    expect(await bandRows.first().textContent()).toContain(`≥ 85 · ${GRADE_BAND_COLORS.pass} · 优秀 / Excellent`);
    await screenshot(page, 'workbench-legend-diff');

    await page.getByTestId('publish-open').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-testid="publish-row"]').first().waitFor({ timeout: 30_000 });
    expect(await dialog.locator('[data-testid="publish-row"]').count()).toBe(75);
    await screenshot(page, 'workbench-publish-dialog');
    await dialog.getByTestId('publish-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    // The version is frozen now: the editor is read-only.
    await page.getByText(zhCN.workbench.frozenHint).waitFor();

    // Every step is in the audit log.
    await page.goto(`${baseUrl}/admin/audit`, { waitUntil: 'domcontentloaded' });
    for (const action of ['publication/publish', 'scheme/freeze', 'scheme/update', 'scheme/create-draft'] as const) {
      const label = zhCN.audit.actions[action.replace('/', '_') as keyof typeof zhCN.audit.actions];
      await page
        .locator('td', { hasText: label })
        .locator('code', { hasText: action })
        .first()
        .waitFor({ timeout: 15_000 });
    }
    await screenshot(page, 'workbench-audit');
    expect(errors).toEqual([]);
  });

  it('a leader sees the published ranking with its label', async () => {
    await page.context().clearCookies();
    await page.evaluate(() => sessionStorage.clear());
    await loginThroughForm(page, baseUrl, 'leader');
    await page.waitForURL((url) => url.pathname === '/ranking');
    await page.goto(`${baseUrl}/ranking?period=${PERIOD}&scope=ALL`, { waitUntil: 'domcontentloaded' });
    const label = page.locator('.page-header [data-testid="publication-label"]');
    await label.waitFor({ timeout: 30_000 });
    expect(await label.getAttribute('data-published')).toBe('true');
    expect(await label.textContent()).toContain(`方案 v${version}`);
    expect(await label.textContent()).toContain('已发布');
    await expect.poll(() => page.locator('[data-testid="ranking-row"]').count()).toBe(75);
    // The legend edited on the workbench is the ranking's legend of E.
    expect(await page.getByTestId('legend').textContent()).toMatch(/E [^:]+:.*≥85/);
    await screenshot(page, 'ranking-published');

    // The month before is not published: preliminary.
    await page.goto(`${baseUrl}/ranking?period=2023-10&scope=ALL`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => label.getAttribute('data-published')).toBe('false');
    expect(await label.textContent()).toContain('未发布');
  });

  it('the methodology page shows the new weight', async () => {
    await page.goto(`${baseUrl}/methodology`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="methodology-dimension-E"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="methodology-version"]').textContent()).toContain(`v${version}`);
    const dimension = page.locator('[data-testid="methodology-dimension-E"]');
    expect(await dimension.textContent()).toContain(`权重 ${weightE}`);
    // 40 of 25 + 40 + 15 + 20 + 15 = 115 weight points: 34.78 of 100.
    expect(await page.locator('[data-testid="methodology-points-E"]').textContent()).toContain('34.78');
    await screenshot(page, 'methodology');
    expect(errors).toEqual([]);
  });

  it('an assessor adds a manual indicator to a new draft and types its values in', async () => {
    await page.context().clearCookies();
    await page.evaluate(() => sessionStorage.clear());
    await loginThroughForm(page, baseUrl, 'assessor');
    await page.goto(`${baseUrl}/workbench?period=${PERIOD}&scope=ALL&version=${version}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.getByRole('button', { name: zhCN.workbench.newDraft.replace('{version}', String(version)) }).click();
    await page.waitForURL((url) => Number(url.searchParams.get('version')) > version);

    // A manual indicator under dimension E, saved with the draft.
    await page.getByTestId('dimension-E').getByRole('button', { name: zhCN.workbench.addManual }).click();
    const add = page.getByRole('dialog');
    await add.locator('#mi-id').fill('M1');
    await add.locator('#mi-zh').fill('数据质量抽查');
    await add.locator('#mi-en').fill('Data quality spot check');
    await add.getByRole('button', { name: zhCN.workbench.add }).click();
    await page.getByTestId('sub-M1').waitFor();
    await page.getByTestId('save-draft').click();
    await page.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });

    // Its values, typed into the grid: a bad number is refused before saving, a good one is saved.
    await page.locator('.tabs').getByText(zhCN.workbench.tabs.manual).click();
    const grid = page.getByTestId('manual-grid');
    await grid.waitFor({ timeout: 20_000 });
    const cell = grid.locator('input.cell').first();
    const save = page.locator('.manual .bar').getByRole('button', { name: zhCN.common.save });
    expect(await save.isDisabled()).toBe(true);
    await cell.fill('abc');
    await expect.poll(() => cell.getAttribute('class')).toContain('bad');
    expect(await save.isDisabled()).toBe(true);
    await cell.fill('87.5');
    await expect.poll(() => save.isDisabled()).toBe(false);
    await save.click();
    await page.getByText(zhCN.workbench.manual.saved).waitFor();
    await expect.poll(() => save.isDisabled()).toBe(true);
    await screenshot(page, 'workbench-manual-values');

    // Read back from the server: the value is there after a reload.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('manual-grid').locator('input.cell').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('manual-grid').locator('input.cell').first().inputValue()).toBe('87.5');
    expect(errors).toEqual([]);
  });
});
