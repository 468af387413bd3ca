import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { SESSION_COOKIE } from '../modules/accounts/cookies.js';
import { createTestDatabase, type TestDatabase } from '../test/databases.js';
import { createTestUser, loginToken, startTestApp } from '../test/http.js';
import { importFixtureCity } from './abuse-kit.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLIENT_DIST = fileURLToPath(new URL('../../../client/dist', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../test-artifacts/screenshots', import.meta.url));
const ready = existsSync(CHROMIUM) && existsSync(join(CLIENT_DIST, 'index.html'));

/** Everything the page reports about its Content Security Policy and its own errors. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * Issue 9 item 8 in a real browser: the built client and GraphiQL run under their Content Security
 * Policies without a single violation (the HTTP tests check the headers; only a browser shows what
 * they block).
 */
describe.skipIf(!ready)('the built client and GraphiQL under their CSP, in Chromium', () => {
  let db: TestDatabase;
  let app: RunningApp;
  let context: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await importFixtureCity(db.orm);
    await createTestUser(db.orm, 'csp-leader', 'LEADER');
    app = await startTestApp(db.orm, { CLIENT_DIST });
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'scorecard-csp-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await context.addCookies([{ name: SESSION_COOKIE, value: await loginToken(app, 'csp-leader'), url: app.url }]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await app?.close();
    await db?.drop();
  });

  test('the ranking and a unit page with its charts and tooltip: no violation', async () => {
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${app.url}/ranking?period=2023-03&scope=ALL`, { waitUntil: 'load' });
    await page.locator('[data-testid="ranking-row"]').first().waitFor({ timeout: 30_000 });
    await page.goto(`${app.url}/units/U01?period=2023-03`, { waitUntil: 'load' });
    const chart = page.locator('canvas').first();
    await chart.waitFor({ timeout: 30_000 });
    const box = await chart.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SCREENSHOTS, 'csp-unit-page.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  test('GraphiQL loads and its editor starts: no violation', async () => {
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${app.url}/graphql`, { waitUntil: 'load', timeout: 60_000 });
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(SCREENSHOTS, 'csp-graphiql.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
