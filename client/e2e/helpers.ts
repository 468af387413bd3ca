import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import zhCN from '../src/i18n/zh-CN';

export const PASSWORD = 'demo1234';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const METRICS_FILE = resolve(
  process.env.E2E_METRICS_FILE ?? join(repoRoot, 'test-artifacts', 'e2e-metrics.json'),
);

/** Signs in through the login form, as a person would, and waits until the app has left /login. */
export async function loginThroughForm(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: zhCN.login.title }).waitFor();
  await page.locator('input#username').fill(username);
  await page.locator('input#password').fill(PASSWORD);
  await page.getByRole('button', { name: zhCN.login.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20_000 });
}

/** "12.34", "-1.50", "75" → number; throws on text that is not one number (so a broken page fails loudly). */
export function parseNumber(text: string | null): number {
  const cleaned = (text ?? '').replace(/[\s,]/g, '');
  const value = Number(cleaned);
  if (cleaned === '' || !Number.isFinite(value)) throw new Error(`not a number: ${JSON.stringify(text)}`);
  return value;
}

export async function numberIn(locator: Locator): Promise<number> {
  return parseNumber(await locator.textContent());
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string }>;
}

/** A GraphQL call from the test process (not through the page), for looking up fixtures such as unit codes. */
export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function apiToken(baseUrl: string, username: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    baseUrl,
    'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
    { username, password: PASSWORD },
  );
  return data.login.token;
}

export interface E2EMetrics {
  /** largest contentful paint of the ranking page (ms since navigation start) */
  rankingLcpMs?: number;
  /** from choosing another period in the picker to the ranking table showing it (ms) */
  periodSwitchRenderMs?: number;
  measuredAt?: string;
}

/** Writes the figures to test-artifacts/e2e-metrics.json (read by `pnpm bench`); replaces the last run's file. */
export function writeMetrics(figures: E2EMetrics): void {
  mkdirSync(dirname(METRICS_FILE), { recursive: true });
  writeFileSync(METRICS_FILE, `${JSON.stringify({ ...figures, measuredAt: new Date().toISOString() }, null, 2)}\n`);
}

/** Uncaught exceptions of a page, collected so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
