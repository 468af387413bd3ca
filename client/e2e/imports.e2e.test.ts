import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import zhCN from '../src/i18n/zh-CN';
import { openBrowser, screenshot, type Browser } from './browser';
import { apiToken, collectPageErrors, graphql, loginThroughForm, numberIn } from './helpers';

/**
 * The month-end routine in the browser (issue 13): an assessor downloads a template, uploads a file
 * with a bad row, sees the row, fixes it, uploads again, sees the history row and the recomputed
 * ranking, and downloads the ranking as Excel. The file adds one security incident (−5 points) to a
 * unit in February 2022, a period no other end-to-end test reads.
 */
const baseUrl = inject('baseUrl');
const PERIOD = '2022-02';

interface Row {
  unit: { code: string };
  composite: number | null;
  penalty: number;
}

async function rows(token: string): Promise<Row[]> {
  const data = await graphql<{ ranking: { rows: Row[] } }>(
    baseUrl, `{ ranking(period: "${PERIOD}") { rows { unit { code } composite penalty } } }`, {}, token,
  );
  return data.ranking.rows;
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

describe('assessor: templates, upload, fix, re-upload, history, recomputed ranking, Excel', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let token = '';
  let unitCode = '';
  let before: Row;

  beforeAll(async () => {
    browser = await openBrowser({ width: 1366, height: 900 }, 'zh-CN');
    page = browser.page;
    pageErrors = collectPageErrors(page);
    token = await apiToken(baseUrl, 'assessor');
    // A ranked unit without incidents that month: its composite drops by the penalty.
    before = (await rows(token)).find((r) => r.composite != null && r.penalty === 0 && r.composite > 30) as Row;
    unitCode = before.unit.code;
    await loginThroughForm(page, baseUrl, 'assessor');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads a template', async () => {
    await page.goto(`${baseUrl}/imports`);
    await page.getByRole('heading', { name: zhCN.imports.title }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-incidents').click()]);
    expect(download.suggestedFilename()).toBe('incidents.xlsx');
    expect((await saved(download)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('uploads a file with a bad row: nothing is written, the row is shown', async () => {
    const csv = `incident_id,unit_code,occurred_on,severity,description\nE2E-1,${unitCode},2022-02-10,major,e2e\nE2E-2,NO-SUCH-UNIT,2022-02-11,minor,e2e\n`;
    await page.getByTestId('import-input').setInputFiles({ name: 'incidents-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('staged-file').getByText(zhCN.imports.recognised).waitFor();
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-refused').waitFor({ timeout: 30_000 });
    const errorRow = page.getByTestId('import-error-row');
    await expect.poll(() => errorRow.count()).toBe(1);
    expect(await errorRow.first().textContent()).toContain('NO-SUCH-UNIT');
    expect(await errorRow.first().locator('td').first().textContent()).toBe('3');
    // The reason is in the page's language (Chinese by default), not the importer's English.
    expect(await errorRow.first().textContent()).toContain('unit_code「NO-SUCH-UNIT」不是已知单位');
    expect(await errorRow.first().textContent()).not.toContain('is not a known unit');
    await page.waitForTimeout(800); // the progress bars' transition
    await screenshot(page, 'import-refused');
    expect((await rows(token)).find((r) => r.unit.code === unitCode)?.composite).toBe(before.composite);
  });

  it('fixes the row and uploads again: imported, periods recomputed, history row', async () => {
    const csv = `incident_id,unit_code,occurred_on,severity,description\nE2E-1,${unitCode},2022-02-10,major,e2e\n`;
    await page.getByTestId('import-input').setInputFiles({ name: 'incidents-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-periods').textContent()).toContain(PERIOD);
    await expect.poll(async () => (await page.getByTestId('import-history').textContent()) ?? '').toContain('incidents-e2e.csv');
    await page.waitForTimeout(800);
    await screenshot(page, 'import-done');
  });

  it('the ranking shows the recomputed period, and downloads as Excel', async () => {
    const after = (await rows(token)).find((r) => r.unit.code === unitCode) as Row;
    expect(after.penalty).toBe(5);
    expect(after.composite).toBeLessThan(before.composite as number);
    await page.goto(`${baseUrl}/ranking?period=${PERIOD}&scope=ALL`);
    const row = page.locator(`[data-testid=ranking-row][data-unit-code="${unitCode}"]`);
    await row.waitFor();
    expect(await numberIn(row.getByTestId('composite'))).toBeCloseTo(after.composite as number, 2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ranking-export').click()]);
    expect(download.suggestedFilename()).toBe(`ranking-${PERIOD}-ALL.xlsx`);
    expect((await saved(download)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(pageErrors).toEqual([]);
  });
});
