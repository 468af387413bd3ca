import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SESSION_COOKIE } from '../modules/accounts/cookies.js';

/** The browser figures of the issue, or why they were not measured. */
export interface BrowserFigures {
  rankingLcpMs: number | null;
  periodSwitchMs: number | null;
  note?: string;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The period picker's accessible name (client/src/i18n/zh-CN.ts header.period). */
const PERIOD_PICKER = '考评期';

function zhMonthLabel(period: string): string {
  const [year, month] = period.split('-');
  return `${year}年${Number(month)}月`;
}

/**
 * The ranking page in headless Chromium against the bench's server, as a signed-in leader (the
 * session cookie of the load step's token): the largest contentful paint of a fresh load of
 * `/ranking?period=…`, then the time from choosing `otherPeriod` in the period picker to the table
 * showing its rows (taken like client/e2e/dashboard.e2e.test.ts, whose launch flags these are).
 */
/** Headless Chromium signed in with `token` (the session cookie), or null when Chromium is missing. */
export async function openSignedIn(base: string, token: string): Promise<{ page: Page; close(): Promise<void> } | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'scorecard-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base }]);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_MISSING = `not measured: chromium missing (${CHROMIUM})`;

export async function measureBrowser(base: string, token: string, period: string, otherPeriod: string): Promise<BrowserFigures> {
  const browser = await openSignedIn(base, token);
  if (!browser) return { rankingLcpMs: null, periodSwitchMs: null, note: CHROMIUM_MISSING };
  const { page } = browser;
  try {
    const rows = page.locator('[data-testid="ranking-row"]');
    // First visit loads the bundle into the HTTP cache, as a returning user has it.
    await page.goto(`${base}/ranking?period=${period}&scope=ALL`, { waitUntil: 'load' });
    await rows.first().waitFor({ timeout: 60_000 });
    await page.goto(`${base}/ranking?period=${period}&scope=ALL`, { waitUntil: 'load' });
    await rows.first().waitFor({ timeout: 60_000 });
    const rankingLcpMs = await page.evaluate(() => new Promise<number>((resolve) => {
      let latest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) latest = Math.max(latest, entry.startTime);
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(latest);
      }, 500);
    }));

    const signature = () => page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="ranking-row"]'))
      .map((row) => `${row.getAttribute('data-unit-code') ?? ''}:${row.querySelector('[data-testid="composite"]')?.textContent?.trim() ?? ''}`)
      .join('|'));
    const before = await signature();
    const picker = page.getByRole('combobox', { name: PERIOD_PICKER });
    await picker.click({ force: true });
    const option = page.getByRole('option', { name: zhMonthLabel(otherPeriod), exact: true });
    await option.waitFor();
    // The clock starts when the user's click reaches the page (mousedown on the option), not when the
    // option first appears: Playwright then waits for the dropdown's opening animation before it
    // clicks, and that wait is not part of the re-render a user perceives after choosing a period.
    await page.evaluate(() => {
      const w = window as unknown as { switchClickAt?: number };
      delete w.switchClickAt;
      document.addEventListener('mousedown', () => { w.switchClickAt = performance.now(); }, { capture: true, once: true });
    });
    await option.click();
    const clickedAt = Number(await page.evaluate(() => (window as unknown as { switchClickAt?: number }).switchClickAt ?? NaN));
    const renderedAt = await page.waitForFunction((previous: string) => {
      const all = Array.from(document.querySelectorAll('[data-testid="ranking-row"]'));
      const now = all.map((row) => `${row.getAttribute('data-unit-code') ?? ''}:${row.querySelector('[data-testid="composite"]')?.textContent?.trim() ?? ''}`).join('|');
      return all.length > 0 && !document.querySelector('.ranking-page .stale') && now !== previous ? performance.now() : false;
    }, before, { polling: 'raf', timeout: 60_000 }).then((handle) => handle.jsonValue());
    if (!Number.isFinite(clickedAt)) throw new Error('the period option never received the click');
    return { rankingLcpMs, periodSwitchMs: Number(renderedAt) - clickedAt };
  } catch (err) {
    return { rankingLcpMs: null, periodSwitchMs: null, note: `not measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  } finally {
    await browser.close();
  }
}
