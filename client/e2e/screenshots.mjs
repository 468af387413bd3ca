// Screenshots of the main pages for a visual check (not a test). Usage:
//   BASE_URL=http://localhost:4173 node e2e/screenshots.mjs            (vite preview: login page only)
//   BASE_URL=http://localhost:4000 USERS=leader,unit-XXX node e2e/screenshots.mjs
// Writes PNGs to e2e/shots/ (git-ignored).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const password = process.env.PASSWORD ?? 'demo1234';
const users = (process.env.USERS ?? 'leader').split(',').filter(Boolean);
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const out = new URL('./shots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), 'scorecard-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('console', (m) => m.type() === 'error' && console.log(`  console: ${m.text()}`));
page.on('pageerror', (e) => console.log(`  pageerror: ${e.message}`));

async function shot(name, { fullPage = false, wait = 1200 } = {}) {
  if (only && !only.some((o) => name.includes(o))) return;
  await page.waitForTimeout(wait);
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log(`${name}: ${page.url()}`);
}

async function visit(path, name, options) {
  if (only && !only.some((o) => name.includes(o))) return;
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await shot(name, options);
}

await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
await shot('login-zh');
for (const user of users) {
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 }).catch(() => undefined);
  await shot(`${user}-landing`, { wait: 2000 });
  if (user.startsWith('unit-')) {
    await shot(`${user}-scorecard-full`, { fullPage: true });
    await visit('/ranking', `${user}-ranking`);
    continue;
  }
  await visit('/ranking', `${user}-ranking`, { wait: 1500 });
  await visit('/ranking?period=2021-05&scope=ALL', `${user}-ranking-empty`);
  await visit('/ranking?tab=charts', `${user}-ranking-charts`, { wait: 2500 });
  await visit('/ranking?tab=heatmap', `${user}-ranking-heatmap`, { wait: 2500 });
  const code = await page.evaluate(async () => {
    const r = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${sessionStorage.getItem('scorecard.token') ?? ''}`,
      },
      body: JSON.stringify({ query: '{ units { code } }' }),
    });
    const body = await r.json();
    return body.data?.units?.map((u) => u.code) ?? [];
  });
  if (code.length) {
    await visit(`/units/${code[0]}`, `${user}-unit`, { wait: 2500 });
    await visit(`/units/${code[0]}`, `${user}-unit-full`, { wait: 2500, fullPage: true });
    for (const index of [0, 1]) {
      await visit(`/units/${code[0]}`, `${user}-evidence-${index}`, { wait: 1500 });
      await page
        .locator('[data-testid=sub-indicator-table] tbody tr')
        .nth(index)
        .click()
        .catch(() => undefined);
      await shot(`${user}-evidence-${index}`, { wait: 2000 });
    }
    await visit(`/compare?units=${code.slice(0, 3).join(',')}`, `${user}-compare`, { wait: 2500, fullPage: true });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await visit('/bigscreen', `${user}-bigscreen`, { wait: 3000 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await visit('/ranking', `${user}-ranking-1280`);
  await page.evaluate(() => localStorage.setItem('scorecard.locale', 'en'));
  await visit('/ranking', `${user}-ranking-en`);
  await page.evaluate(() => localStorage.removeItem('scorecard.locale'));
  await page.setViewportSize({ width: 1440, height: 900 });
}

await context.close();
rmSync(profile, { recursive: true, force: true });
