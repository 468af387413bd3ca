import { createRequire } from 'node:module';
import type { MikroORM } from '@mikro-orm/core';
import { startApp, type RunningApp } from '../app.js';
import { loadConfig } from '../config.js';
import { hashPassword } from '../modules/accounts/passwords.js';
import { insertUser } from '../modules/accounts/users.service.js';
import type { Role } from '../graphql/context.js';
import { measureBrowser, type BrowserFigures } from './browser.js';
import { measureWorkbench, type WorkbenchFigures } from './workbench-browser.js';
import { childModule, forkForMessage } from './child.js';
import { RANKING_QUERY, SCORECARD_QUERY } from './queries.js';

/** The parts of autocannon's API and result used here (the package ships no types). */
interface AutocannonRequest {
  body?: string;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  requests?: Array<{ setupRequest: (req: AutocannonRequest) => AutocannonRequest }>;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: AutocannonOptions) => Promise<AutocannonResult>;

export interface LoadResult {
  query: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  failed: number;
}

/** What the load step measured: both queries under load, then the browser on the same server. */
export interface LoadRun {
  ranking: LoadResult;
  scorecard: LoadResult;
  /** Seconds from server start until its ranking warm-up finished (null: in-process, warm-up off). */
  warmSeconds: number | null;
  browser: BrowserFigures;
  /** The assessor workbench (what-if redraw, Monte Carlo), measured last on the same server. */
  workbench: WorkbenchFigures;
}

export interface LoadOptions {
  url: string;
  period: string;
  /** The period the browser switches to (the month before `period`). */
  otherPeriod: string;
  unitCodes: string[];
  connections: number;
  durationSeconds: number;
  childProcess: boolean;
}

export const PASSWORD = 'bench-leader-1';

/** The server under load: a child process running dist/main's startApp, or (from sources) in-process. */
export async function startServer(url: string, child: boolean): Promise<{ base: string; pid: number | null; warmSeconds: number | null; stop(): Promise<void> }> {
  const module = child ? childModule('server-child.js') : null;
  if (module) {
    const { child: proc, message } = await forkForMessage(module, [url], { ...process.env, LOG_LEVEL: process.env.BENCH_SERVER_LOG ?? 'silent' });
    return {
      base: `http://127.0.0.1:${message.port}`,
      pid: proc.pid ?? null,
      warmSeconds: message.warmSeconds ?? null,
      stop: () => new Promise((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
    };
  }
  const { openDatabase } = await import('../db/orm.js');
  const orm = await openDatabase(url);
  const t0 = performance.now();
  const app: RunningApp = await startApp(orm, loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'silent', WARM_UP: 'true' }));
  await app.warmer?.idle();
  const warmSeconds = app.warmer ? (performance.now() - t0) / 1000 : null;
  return { base: `http://127.0.0.1:${app.port}`, pid: process.pid, warmSeconds, stop: async () => { await app.close(); await orm.close(true); } };
}

export async function post(base: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors || !json.data) throw new Error(`GraphQL failed: ${JSON.stringify(json).slice(0, 500)}`);
  return json.data;
}

/** A user written through the accounts service (same bcrypt and rules as the admin screen). */
export async function createBenchUser(orm: MikroORM, role: Role): Promise<string> {
  const username = `bench-${role.toLowerCase()}-${Date.now().toString(36)}`;
  await insertUser(orm.em.fork(), { username, role, password: PASSWORD }, await hashPassword(PASSWORD));
  return username;
}

async function warm(ask: () => Promise<unknown>, attempts = 30): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await ask();
      return;
    } catch (err) {
      if (i >= attempts || !String(err).includes('QUERY_TIMEOUT')) throw err;
    }
  }
}

function autocannon(): Autocannon {
  return createRequire(import.meta.url)('autocannon') as Autocannon;
}

/**
 * Loads the ranking and the scorecard queries as a signed-in leader, one after the other, each at
 * `connections` connections for `durationSeconds`. Each query is asked once first (a cold cache is
 * the recompute figure's business, not this one's). Scorecard requests rotate over every unit.
 */
export async function loadServer(orm: MikroORM, opts: LoadOptions): Promise<LoadRun> {
  const username = await createBenchUser(orm, 'LEADER');
  const assessor = await createBenchUser(orm, 'ASSESSOR');
  const server = await startServer(opts.url, opts.childProcess);
  try {
    const login = async (u: string): Promise<string> => ((await post(server.base, {
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u, p: PASSWORD },
    })).login as { token: string }).token;
    const token = await login(username);
    const rankingBody = JSON.stringify({
      query: RANKING_QUERY, variables: { period: opts.period, scope: 'ALL', withSubIndicators: true },
    });
    const scorecardBody = (unitCode: string): string => JSON.stringify({
      query: SCORECARD_QUERY, variables: { unitCode, period: opts.period, scope: 'ALL' },
    });
    // A fresh server process computes the period cold; that can outlast the 10 s query timeout while
    // the computation carries on and fills the cache, so the warm-up asks again until it is answered.
    await warm(() => post(server.base, JSON.parse(rankingBody), token));
    await warm(() => post(server.base, JSON.parse(scorecardBody(opts.unitCodes[0])), token));

    // The headers the dashboard's fetch sends (client/src/api/request.ts); a browser always offers gzip.
    const headers = {
      'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'gzip, deflate, br',
      authorization: `Bearer ${token}`,
    };
    const run = async (query: string, body: string, rotate?: (i: number) => string): Promise<LoadResult> => {
      let i = 0;
      const result = await autocannon()({
        url: `${server.base}/graphql`, connections: opts.connections, duration: opts.durationSeconds,
        method: 'POST', headers, body,
        requests: rotate ? [{ setupRequest: (req) => ({ ...req, body: rotate(i++) }) }] : undefined,
      });
      return {
        query,
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        total: result.requests.total,
        failed: result.non2xx + result.errors + result.timeouts,
      };
    };
    const ranking = await run('ranking', rankingBody);
    const codes = opts.unitCodes;
    const scorecard = await run('unitScorecard', scorecardBody(codes[0]), (i) => scorecardBody(codes[i % codes.length]));
    // Last, so that Chromium does not share the cores with autocannon.
    const browser = await measureBrowser(server.base, token, opts.period, opts.otherPeriod);
    const workbench = await measureWorkbench(server.base, await login(assessor), opts.period);
    return { ranking, scorecard, warmSeconds: server.warmSeconds, browser, workbench };
  } finally {
    await server.stop();
  }
}
