import type { Page } from 'playwright-core';
import { CHROMIUM_MISSING, openSignedIn } from './browser.js';

/** The workbench figures of issue 11, or why they were not measured. */
export interface WorkbenchFigures {
  /** Units in the previewed ranking. */
  units: number | null;
  /** From a slider step (the key reaching the page) to the what-if preview redrawn (median). */
  whatIfRedrawMs: number | null;
  /** From pressing "recompute" to the Monte Carlo chart redrawn, 1,000 samples (median). */
  stabilityMs: number | null;
  /** The Monte Carlo inside the Web Worker (median), for comparison with the above. */
  stabilityWorkerMs: number | null;
  note?: string;
}

const RUNS = 9;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Starts a clock in the page at the next `event` (the user's key or click reaching the page) and
 * stops it two animation frames after `selector`'s text (or `attribute`) changes (a chart set in that
 * turn draws on the next frame). Everything happens in the page: no round trip is timed.
 */
async function armTimer(page: Page, event: 'keydown' | 'mousedown', selector: string, attribute: string | null): Promise<void> {
  await page.evaluate(({ event, selector, attribute }) => {
    const w = window as unknown as { benchStart?: number; benchEnd?: number };
    delete w.benchStart;
    delete w.benchEnd;
    const readOf = (el: Element): string => (attribute ? el.getAttribute(attribute) : el.textContent) ?? '';
    const target = document.querySelector(selector)!;
    const before = readOf(target);
    document.addEventListener(event, () => { w.benchStart = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (readOf(document.querySelector(selector)!) === before) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => { w.benchEnd = performance.now(); }));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, { event, selector, attribute });
}

async function elapsed(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { benchEnd?: number }).benchEnd !== undefined, undefined, { timeout: 30_000 });
  const { start, end } = await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number; benchEnd?: number };
    return { start: w.benchStart ?? NaN, end: w.benchEnd ?? NaN };
  });
  if (!Number.isFinite(start)) throw new Error('the input never reached the page');
  return end - start;
}

async function gql(base: string, token: string, query: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The assessor workbench in headless Chromium (as an assessor, on a fresh draft of version 1):
 * what-if — a step of dimension E's weight slider by keyboard to the preview's rows showing the new
 * ranking and two animation frames later (the slope chart draws on the next frame); stability — the
 * "recompute" click to the Monte Carlo result drawn, 75 units × 1,000 samples in the Web Worker.
 */
export async function measureWorkbench(base: string, token: string, period: string): Promise<WorkbenchFigures> {
  const none = (note: string): WorkbenchFigures => ({ units: null, whatIfRedrawMs: null, stabilityMs: null, stabilityWorkerMs: null, note });
  const browser = await openSignedIn(base, token);
  if (!browser) return none(CHROMIUM_MISSING);
  const { page } = browser;
  try {
    const draft = (await gql(base, token, 'mutation { createSchemeDraft(fromVersion: 1) { version } }')).createSchemeDraft as { version: number };
    await page.goto(`${base}/workbench?period=${period}&scope=ALL&version=${draft.version}`, { waitUntil: 'load' });
    const rows = page.locator('[data-testid="whatif-row"]');
    await rows.first().waitFor({ timeout: 60_000 });
    const units = await rows.count();
    const slider = page.locator('[data-testid="dimension-E"] [role="slider"]');
    await slider.focus();

    const redraws: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await armTimer(page, 'keydown', '[data-testid="whatif-table"] tbody', null);
      // Up then down, so the weight stays near its value over the runs.
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      redraws.push(await elapsed(page));
    }

    await page.goto(`${base}/workbench?period=${period}&scope=ALL&version=${draft.version}&tab=stability`, { waitUntil: 'load' });
    const summary = page.locator('[data-testid="stability-summary"]');
    await summary.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="stability-summary"]')?.getAttribute('data-running') === 'false');
    const totals: number[] = [];
    const inWorker: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await armTimer(page, 'mousedown', '[data-testid="stability-summary"]', 'data-runs');
      await page.locator('[data-testid="stability-run"]').click();
      totals.push(await elapsed(page));
      const ms = /(\d+)\s*ms/.exec((await summary.textContent()) ?? '');
      if (ms) inWorker.push(Number(ms[1]));
    }
    return { units, whatIfRedrawMs: median(redraws), stabilityMs: median(totals), stabilityWorkerMs: median(inWorker) };
  } catch (err) {
    return none(`not measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  } finally {
    await browser.close();
  }
}
