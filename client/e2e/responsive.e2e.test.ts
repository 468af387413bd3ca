import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import zhCN from '../src/i18n/zh-CN';
import en from '../src/i18n/en';
import { openBrowser, screenshot, type Browser } from './browser';
import { apiToken, collectPageErrors, graphql, loginThroughForm } from './helpers';

/**
 * Issue 14 (“fix what was seen”) end to end on the built app with the demo city: every page at a phone,
 * a compact screen (1024×768, 1366×768) and a desktop, with no sideways scrolling of the page (only inside
 * tables that say so) and the user menu on screen; the unit-user scope dead end; the penalty row; English
 * mode without Chinese outside data. Screenshots go to E2E_SCREENSHOT_DIR (test-artifacts/screenshots).
 */
const baseUrl = inject('baseUrl');
/** A month of the demo city in which some units have safety incidents (the dashboard e2e uses it too). */
const INCIDENT_PERIOD = '2023-09';
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** The ranking has loaded: its table rows, or its cards on a phone. */
const RANKING_READY = '[data-testid="ranking-row"], [data-testid="ranking-card"]';

interface Unit {
  code: string;
  name: string;
  kind: string;
}
let units: Unit[] = [];
let userNames: string[] = [];
let incidentUnit: { code: string; incidents: number } | null = null;

beforeAll(async () => {
  const token = await apiToken(baseUrl, 'admin');
  units = (await graphql<{ units: Unit[] }>(baseUrl, '{ units { code name kind } }', {}, token)).units;
  userNames = (
    await graphql<{ users: Array<{ displayName: string }> }>(baseUrl, '{ users { displayName } }', {}, token)
  ).users.map((u) => u.displayName);
  const { ranking } = await graphql<{ ranking: { rows: Array<{ unit: { code: string }; incidents: number }> } }>(
    baseUrl,
    'query R($period: String!) { ranking(period: $period, scope: ALL) { rows { unit { code } incidents } } }',
    { period: INCIDENT_PERIOD },
    token,
  );
  const row = ranking.rows.find((r) => r.incidents > 0);
  incidentUnit = row ? { code: row.unit.code, incidents: row.incidents } : null;
});

/** The page's own horizontal overflow, and wide tables that scroll without their hint. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    if (document.body.scrollWidth > document.body.clientWidth + 1) problems.push(`body ${document.body.scrollWidth}`);
    for (const frame of Array.from(document.querySelectorAll<HTMLElement>('.table-wrap'))) {
      if (frame.offsetParent === null) continue;
      if (frame.scrollWidth > frame.clientWidth + 1 && frame.dataset.scrollsX !== 'true') {
        problems.push(`table scrolls without saying so: ${frame.className}`);
      }
    }
    return problems;
  });
}

/** The user menu button is fully on screen and opens the menu with “sign out”. */
async function userMenuReachable(page: Page, logout: string): Promise<void> {
  const button = page.locator('[data-testid="user-menu"]');
  await button.waitFor();
  const box = await button.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
  await button.click();
  const item = page.getByRole('menuitem', { name: logout });
  await item.waitFor();
  // A second click closes it again (the dropdown opens on click).
  await button.click();
  await item.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
}

/** How many rows the header's parts (brand, links, user menu…) take: one when its items share a line. */
async function headerRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('header.header')!;
    const parts = Array.from(header.querySelectorAll<HTMLElement>('.brand, .nav-link:not([data-measure]), .right > *'));
    const tops = parts.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect());
    // Parts on one line overlap vertically with the first one.
    const first = tops[0]!;
    const lines = new Set(tops.map((r) => (r.top < first.bottom && r.bottom > first.top ? 0 : Math.round(r.top))));
    return lines.size;
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(600);
}

/** Pages of the admin (every page but the big screen, which is a fixed 1920×1080 stage scaled to the window). */
function pagesFor(unitCode: string): Array<{ name: string; path: string; ready: string }> {
  return [
    { name: 'ranking', path: '/ranking', ready: RANKING_READY },
    { name: 'unit', path: `/units/${unitCode}?period=${INCIDENT_PERIOD}&scope=ALL`, ready: '[data-testid="sub-indicator-row"]' },
    {
      name: 'evidence',
      path: `/units/${unitCode}?period=${INCIDENT_PERIOD}&scope=ALL&indicator=P`,
      ready: '[data-testid="evidence-drawer"]',
    },
    { name: 'compare', path: `/compare?units=${units.slice(0, 3).map((u) => u.code).join(',')}`, ready: 'h1' },
    { name: 'early-warning', path: '/early-warning', ready: 'h1' },
    { name: 'workbench', path: '/workbench', ready: 'h1' },
    { name: 'methodology', path: '/methodology', ready: 'h1' },
    { name: 'users', path: '/admin/users', ready: 'h1' },
    { name: 'audit', path: '/admin/audit', ready: 'h1' },
  ];
}

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  const size = `${viewport.width}x${viewport.height}`;

  beforeAll(async () => {
    browser = await openBrowser(viewport, 'zh-CN');
    page = browser.page;
    pageErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, shows every page without sideways scrolling, keeps the user menu reachable, signs out', async () => {
    await page.goto(`${baseUrl}/login`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: zhCN.login.title }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, `responsive-${size}-login`);

    await loginThroughForm(page, baseUrl, 'admin');
    const problems: Record<string, string[]> = {};
    for (const target of pagesFor(incidentUnit?.code ?? units[0]!.code)) {
      await page.goto(`${baseUrl}${target.path}`, { waitUntil: 'domcontentloaded' });
      await page.locator(target.ready).first().waitFor({ timeout: 20_000 });
      await settle(page);
      const found = await layoutProblems(page);
      if (found.length) problems[target.name] = found;
      await screenshot(page, `responsive-${size}-${target.name}`);
      if (target.name !== 'evidence') await userMenuReachable(page, zhCN.header.logout);
    }
    expect(problems).toEqual({});

    // Sign out through the menu, as a person would.
    await page.goto(`${baseUrl}/ranking`, { waitUntil: 'domcontentloaded' });
    await page.locator(RANKING_READY).first().waitFor({ timeout: 20_000 });
    if (viewport.width >= 1280) expect(await headerRows(page)).toBe(1);
    await page.locator('[data-testid="user-menu"]').click();
    await page.getByRole('menuitem', { name: zhCN.header.logout }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    expect(pageErrors).toEqual([]);
  }, 240_000);
});

describe('unit user: no dead end on scope', () => {
  let browser: Browser;
  let page: Page;

  afterAll(async () => {
    await browser?.close();
  });

  it('picks 公共服务单位 on the ranking, opens 本单位 and lands on its own page in its own scope, told so', async () => {
    const own = units.find((u) => u.kind === 'DISTRICT')!;
    browser = await openBrowser({ width: 390, height: 844 }, 'zh-CN');
    page = browser.page;
    await loginThroughForm(page, baseUrl, `unit-${own.code.toLowerCase()}`);
    await page.goto(`${baseUrl}/ranking?period=${INCIDENT_PERIOD}&scope=PUBLIC_SERVICE`, { waitUntil: 'domcontentloaded' });
    await page.locator(RANKING_READY).first().waitFor({ timeout: 20_000 });

    await page.getByRole('navigation', { name: zhCN.app.name }).getByRole('link', { name: zhCN.nav.myUnit }).click();
    await page.waitForURL((url) => url.pathname === `/units/${own.code}` && url.searchParams.get('scope') === 'DISTRICT');
    await page.locator('[data-testid="sub-indicator-row"]').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(own.name);
    const notice = page.locator('[data-testid="scope-fallback"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(zhCN.scope.PUBLIC_SERVICE);
    expect(await page.getByText('UNIT_NOT_FOUND').count()).toBe(0);
    await screenshot(page, 'scope-fallback-unit-390');

    // The same by URL, on the unit page after a scope switch.
    await page.goto(`${baseUrl}/units/${own.code}?period=${INCIDENT_PERIOD}&scope=MUNICIPAL`, { waitUntil: 'domcontentloaded' });
    await page.waitForURL((url) => url.searchParams.get('scope') === 'DISTRICT');
    await page.locator('[data-testid="sub-indicator-row"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="scope-fallback"]').waitFor();
  });
});

describe('leader: the penalty is a row that opens its incidents', () => {
  let browser: Browser;
  let page: Page;

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the incidents behind −points from the 失分明细 row, and Back returns to the unit page', async () => {
    expect(incidentUnit, `no unit with incidents in ${INCIDENT_PERIOD}`).not.toBeNull();
    browser = await openBrowser({ width: 1366, height: 768 }, 'zh-CN');
    page = browser.page;
    await loginThroughForm(page, baseUrl, 'leader');
    const unitUrl = `${baseUrl}/units/${incidentUnit!.code}?period=${INCIDENT_PERIOD}&scope=ALL`;
    await page.goto(unitUrl, { waitUntil: 'domcontentloaded' });
    const row = page.locator('[data-testid="penalty-row"]');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('[data-testid="penalty-incidents"]').textContent()).toContain(String(incidentUnit!.incidents));

    await row.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('indicator') === 'P');
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await expect.poll(() => drawer.locator('[data-testid="evidence-row"]').count()).toBe(incidentUnit!.incidents);
    expect(await drawer.locator('[data-testid="evidence-field"]').first().textContent()).toContain(
      zhCN.evidence.fieldNames.incident_id,
    );
    await page.waitForTimeout(400);
    await screenshot(page, 'penalty-incidents');

    await page.goBack();
    await page.waitForURL((url) => url.pathname === `/units/${incidentUnit!.code}` && !url.searchParams.has('indicator'));
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="penalty-row"]').waitFor();
  });
});

/** Text on the page with Chinese characters that is not data (unit names, users' names, evidence values). */
async function chineseOutsideData(page: Page, data: readonly string[]): Promise<string[]> {
  const found = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/.test(text)) continue;
      const element = node.parentElement;
      if (!element || element.closest('[data-user-data], .language-switch, style, script, noscript')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
      texts.push(text.trim());
    }
    // Attributes people read (tooltips, labels) count too.
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[title], [aria-label], [placeholder]'))) {
      if (element.closest('[data-user-data], .language-switch')) continue;
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && /[\u3400-\u9fff]/.test(value)) texts.push(value);
      }
    }
    return texts;
  });
  const names = [...data].sort((a, b) => b.length - a.length);
  return found
    .map((text) => names.reduce((rest, name) => rest.split(name).join(''), text))
    .filter((rest) => /[\u3400-\u9fff]/.test(rest));
}

describe('leader on a phone: the ranking as cards', () => {
  let browser: Browser;
  let page: Page;

  afterAll(async () => {
    await browser?.close();
  });

  it('shows one card per unit with its full name, composite, change and dimension scores; a tap opens the unit', async () => {
    browser = await openBrowser({ width: 390, height: 844 }, 'zh-CN');
    page = browser.page;
    await loginThroughForm(page, baseUrl, 'leader');
    await page.goto(`${baseUrl}/ranking?period=${INCIDENT_PERIOD}&scope=ALL`, { waitUntil: 'domcontentloaded' });
    const cards = page.locator('[data-testid="ranking-card"]');
    await cards.first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="ranking-table"]').count()).toBe(0);
    expect(await cards.count()).toBe(units.length);
    expect(await layoutProblems(page)).toEqual([]);

    // Every card inside the screen, every name whole (wrapped, never cut).
    const problems = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-testid="ranking-card"]')).flatMap((card) => {
        const name = card.querySelector<HTMLElement>('.name')!;
        const box = card.getBoundingClientRect();
        const out: string[] = [];
        if (box.right > window.innerWidth + 1) out.push(`${card.dataset.unitCode} wider than the screen`);
        if (name.scrollWidth > name.clientWidth + 1) out.push(`${card.dataset.unitCode} name cut`);
        return out;
      }),
    );
    expect(problems).toEqual([]);
    const first = cards.first();
    const code = await first.getAttribute('data-unit-code');
    expect(await first.locator('.name').textContent()).toBe(units.find((u) => u.code === code)!.name);
    expect(await first.locator('[data-testid="composite"]').textContent()).toMatch(/\d+\.\d{2}/);
    expect(await first.locator('.dimension').count()).toBeGreaterThanOrEqual(5);
    // The change against the previous month is printed, not only in a tooltip.
    await expect.poll(() => page.locator('[data-testid="ranking-card"] [data-testid="cell-change"] .delta').count()).toBeGreaterThan(0);
    await screenshot(page, 'phone-ranking-cards');

    await first.locator('.card-body').click();
    await page.waitForURL((url) => url.pathname === `/units/${code}`);
    await page.locator('[data-testid="sub-indicator-row"]').first().waitFor({ timeout: 20_000 });
    // The lost points are readable without scrolling sideways.
    expect(await page.locator('[data-testid="sub-indicator-table"] [data-testid="points-lost"]').first().isVisible()).toBe(true);
    const scrolls = await page.locator('.table-wrap:has([data-testid="sub-indicator-table"])').getAttribute('data-scrolls-x');
    expect(scrolls).toBeNull();
    await page.locator('[data-testid="sub-indicator-table"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-unit-sub-indicators');

    // Sorting without column headers: the largest penalty first.
    await page.goBack();
    await page.locator('[data-testid="ranking-card-sort"]').click();
    await page.getByRole('option', { name: `${zhCN.grid.heatmapSort}: ${zhCN.ranking.penalty}` }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'penalty:desc');
    await cards.first().locator('[data-testid="penalty"]').waitFor();
  });
});

describe('English mode', () => {
  let browser: Browser;
  let page: Page;

  afterAll(async () => {
    await browser?.close();
  });

  it('shows no Chinese outside data (unit and item names) on every page', async () => {
    browser = await openBrowser({ width: 1366, height: 768 }, 'en');
    page = browser.page;
    await page.goto(`${baseUrl}/login`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => localStorage.setItem('scorecard.locale', 'en'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: en.login.title }).waitFor();
    const data = [...units.map((u) => u.name), ...userNames];
    const found: Record<string, string[]> = {};
    const login = await chineseOutsideData(page, data);
    if (login.length) found.login = login;

    await page.locator('input#username').fill('admin');
    await page.locator('input#password').fill('demo1234');
    await page.getByRole('button', { name: en.login.submit }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const targets = [
      ...pagesFor(incidentUnit?.code ?? units[0]!.code),
      { name: 'ranking-charts', path: '/ranking?tab=charts', ready: 'canvas' },
      { name: 'ranking-heatmap', path: '/ranking?tab=heatmap', ready: 'h1' },
      { name: 'ranking-stability', path: '/ranking?tab=stability', ready: 'h1' },
      { name: 'bigscreen', path: '/bigscreen', ready: '[data-testid="bigscreen"]' },
    ];
    for (const target of targets) {
      await page.goto(`${baseUrl}${target.path}`, { waitUntil: 'domcontentloaded' });
      await page.locator(target.ready).first().waitFor({ timeout: 20_000 });
      await settle(page);
      const chinese = await chineseOutsideData(page, data);
      if (chinese.length) found[target.name] = [...new Set(chinese)].slice(0, 12);
      await screenshot(page, `english-${target.name}`);
    }
    expect(found).toEqual({});
  }, 240_000);

  it('keeps the header on one line at 1366×768, the links that do not fit under More, the user menu reachable', async () => {
    const own = await openBrowser({ width: 1366, height: 768 }, 'en');
    const page = own.page;
    await loginThroughForm(page, baseUrl, 'admin');
    await page.evaluate(() => localStorage.setItem('scorecard.locale', 'en'));
    await page.goto(`${baseUrl}/ranking`, { waitUntil: 'domcontentloaded' });
    await page.locator(RANKING_READY).first().waitFor({ timeout: 20_000 });
    await settle(page);
    expect(await headerRows(page)).toBe(1);
    expect(await layoutProblems(page)).toEqual([]);
    await userMenuReachable(page, en.header.logout);
    await screenshot(page, 'english-header-1366');

    // A page behind More opens from its menu.
    await page.locator('[data-testid="nav-more"]').click();
    await page.getByRole('menuitem', { name: en.methodology.nav }).click();
    await page.waitForURL((url) => url.pathname === '/methodology');
    expect(await headerRows(page)).toBe(1);
    await own.close();
  });
});
