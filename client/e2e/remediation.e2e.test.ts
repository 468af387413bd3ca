import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import zhCN from '../src/i18n/zh-CN';
import { openBrowser, screenshot, type Browser } from './browser';
import { apiToken, collectPageErrors, graphql, loginThroughForm } from './helpers';

/**
 * The remediation loop on the demo city: an assessor publishes a month (items open for scores below
 * 60), the unit's user takes its item from OPEN to SUBMITTED with a note and a file, an assessor sends
 * it back and then verifies it, the leadership summary shows it verified, and the unit's bell shows
 * the notifications. The e2e clock is 2023-12-15; June is published here (the workbench test
 * publishes November and expects October unpublished).
 */
const baseUrl = inject('baseUrl');
const PERIOD = '2023-06';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface Item {
  id: string;
  unit: { code: string };
  indicatorId: string;
  state: string;
  version: number;
}

async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
  await page.evaluate(() => sessionStorage.clear());
}

describe('remediation: publish → unit works → assessor reviews → leader sees it', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let item: Item;
  let unitUser = '';

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.page;
    errors = collectPageErrors(page);
    const assessor = await apiToken(baseUrl, 'assessor');
    await graphql(baseUrl, `mutation { publishPeriod(period: "${PERIOD}", schemeVersion: 1) { id } }`, {}, assessor);
    const { remediationItems } = await graphql<{ remediationItems: Item[] }>(
      baseUrl,
      `{ remediationItems(period: "${PERIOD}") { id unit { code } indicatorId state version } }`,
      {},
      assessor,
    );
    expect(remediationItems.length).toBeGreaterThan(0);
    item = remediationItems[0]!;
    unitUser = `unit-${item.unit.code.toLowerCase()}`;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the unit sees its new item on the board and the bell, and takes it to SUBMITTED with a note and a file', async () => {
    await loginThroughForm(page, baseUrl, unitUser);
    await page.getByTestId('notification-count').waitFor({ timeout: 20_000 });
    // The scorecard links the sub-indicator to its item.
    await page.goto(`${baseUrl}/units/${item.unit.code}?period=${PERIOD}&scope=ALL`, { waitUntil: 'domcontentloaded' });
    await page
      .locator(
        `[data-testid="sub-indicator-row"][data-indicator="${item.indicatorId}"] [data-testid="remediation-link"]`,
      )
      .waitFor({ timeout: 30_000 });
    // The printable unit report lists the period's items with their state.
    await page.goto(`${baseUrl}/units/${item.unit.code}/report?period=${PERIOD}&scope=ALL`, { waitUntil: 'domcontentloaded' });
    const reported = page.locator('[data-testid="report-remediation-item"]', { hasText: item.indicatorId });
    await reported.first().waitFor({ timeout: 30_000 });

    await page.goto(`${baseUrl}/remediation`, { waitUntil: 'domcontentloaded' });
    const card = page.locator(`[data-testid="remediation-card"][data-indicator="${item.indicatorId}"]`);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getByTestId('deadline-tag').textContent()).toContain('剩');
    await screenshot(page, 'remediation-board');
    await card.click();
    await page.getByTestId('action-START').click();
    await page.locator('[data-testid="state-tag"][data-state="IN_PROGRESS"]').waitFor();
    await page.getByTestId('item-note').locator('textarea').fill('已补录数据目录并更新资源');
    await page.getByTestId('add-note').click();
    await page.locator('[data-testid="timeline-event"][data-kind="NOTE"]').waitFor();
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: '整改报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('[data-testid="evidence-file"]', { hasText: '整改报告.pdf' }).waitFor();
    await page.getByTestId('action-SUBMIT').click();
    await page.locator('[data-testid="state-tag"][data-state="SUBMITTED"]').waitFor();
    await screenshot(page, 'remediation-item-submitted');
    expect(errors).toEqual([]);
  });

  it("an assessor sends it back with a comment, then verifies the unit's second submission", async () => {
    await signOut(page);
    await loginThroughForm(page, baseUrl, 'assessor');
    await page.goto(`${baseUrl}/remediation/queue`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('queue-item').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'remediation-queue');
    await page.goto(`${baseUrl}/remediation/items/${item.id}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('action-REJECT').click();
    await page.getByTestId('action-failure').waitFor();
    await page.getByTestId('item-note').locator('textarea').fill('请补充资源更新的截图');
    await page.getByTestId('action-REJECT').click();
    await page.locator('[data-testid="state-tag"][data-state="REJECTED"]').waitFor();

    // The unit starts again and resubmits (over the API: the same buttons as above).
    const unitToken = await apiToken(baseUrl, unitUser);
    const act = async (action: string) => {
      const { remediationItem } = await graphql<{ remediationItem: Item }>(
        baseUrl,
        `{ remediationItem(id: "${item.id}") { id version state unit { code } indicatorId } }`,
        {},
        unitToken,
      );
      await graphql(
        baseUrl,
        'mutation($id: ID!, $a: RemediationAction!, $v: Int!) { remediationAction(id: $id, action: $a, expectedVersion: $v) { state } }',
        { id: item.id, a: action, v: remediationItem.version },
        unitToken,
      );
    };
    await act('START');
    await act('SUBMIT');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('action-VERIFY').click();
    await page.locator('[data-testid="state-tag"][data-state="VERIFIED"]').waitFor();
    const kinds = await page
      .locator('[data-testid="timeline-event"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['OPENED', 'START', 'NOTE', 'FILE', 'SUBMIT', 'REJECT', 'START', 'SUBMIT', 'VERIFY']);
    await screenshot(page, 'remediation-item-verified');
    // Every step is in the audit log.
    await page.goto(`${baseUrl}/admin/audit`, { waitUntil: 'domcontentloaded' });
    await page.locator('code', { hasText: 'remediation/verify' }).first().waitFor({ timeout: 15_000 });
    await page.locator('code', { hasText: 'remediation/reject' }).first().waitFor();
  });

  it('the leadership summary shows the unit with one item verified on time', async () => {
    await signOut(page);
    await loginThroughForm(page, baseUrl, 'leader');
    await page.goto(`${baseUrl}/remediation/summary`, { waitUntil: 'domcontentloaded' });
    const row = page.locator('tr', {
      has: page.locator(`[data-testid="summary-unit"][data-unit="${item.unit.code}"]`),
    });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('[data-col="verified"]').textContent()).toBe('1');
    expect(await row.locator('[data-col="onTimeRate"]').textContent()).toBe('100.0%');
    await page.getByTestId('sort-overdue').click();
    await screenshot(page, 'remediation-summary');
  });

  it("the unit's bell lists the new item, the rejection and the verification", async () => {
    await signOut(page);
    await loginThroughForm(page, baseUrl, unitUser);
    await page.getByTestId('notification-bell').click();
    const list = page.getByTestId('notification-list');
    await list.waitFor();
    for (const kind of ['NEW_ITEM', 'REJECTED', 'VERIFIED']) {
      await list.locator(`[data-testid="notification"][data-kind="${kind}"]`).first().waitFor({ timeout: 15_000 });
    }
    expect(await list.textContent()).toContain(zhCN.notifications.kind.VERIFIED);
    await screenshot(page, 'remediation-bell');
    expect(errors).toEqual([]);
  });
});
