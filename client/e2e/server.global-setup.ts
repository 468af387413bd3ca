import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms`);
}

/**
 * Starts the real built server (server/dist) on a fresh SQLite file with the demo city, serving the
 * built client (client/dist), exactly as `npm start` does. Tests get its URL via inject('baseUrl').
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(repoRoot, 'server', 'dist', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'e2e.sqlite')}`,
      DEMO_DATA: 'true',
      DEMO_PASSWORD: 'demo1234',
      LOG_LEVEL: process.env.E2E_SERVER_LOG ?? 'silent',
      CLIENT_DIST: join(repoRoot, 'client', 'dist'),
      // Today for the demo city (2022-01…2023-12): December 2023 is in progress (month to date, insights.e2e).
      SCORECARD_CLOCK: '2023-12-15',
      // Evidence files of remediation items and appeals: beside the database, never in the repository.
      FILES_DIR: join(dir, 'files'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHealth(url, child, 10 * 60_000);
  project.provide('baseUrl', url);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
