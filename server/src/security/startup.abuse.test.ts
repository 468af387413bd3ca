import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runUserCli } from '../cli/user.js';
import { DEFAULT_DEMO_PASSWORD } from '../config.js';
import { hashPassword } from '../modules/accounts/passwords.js';
import { insertUser } from '../modules/accounts/users.service.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';

/** The compiled server, as `npm start` runs it (npm test builds it first). */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the real server process; resolves when it exits, or when it listens (then it is stopped). */
function startServer(env: Record<string, string>): Promise<Outcome & { listened: boolean }> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first (npm run build)`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', WARM_UP: 'false', DEMO_DATA: 'false', LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let listened = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      if (!listened && stdout.includes('Dashboard:')) {
        listened = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, listened });
    });
  });
}

function expectRefusal(outcome: Outcome & { listened: boolean }, ...mentions: RegExp[]): void {
  expect(outcome.listened).toBe(false);
  expect(outcome.code).toBe(1);
  expect(outcome.stderr).toMatch(/^refusing to start: /m);
  for (const mention of mentions) expect(outcome.stderr).toMatch(mention);
  expect(outcome.stderr).not.toMatch(/\bat \S+ \(|node_modules/);
}

/** Issue 9 items 6 and 9: what the real server process refuses at start. */
describe('settings are checked before anything starts', () => {
  test.each([
    ['SESSION_IDLE_HOURS', '8h', /SESSION_IDLE_HOURS: "8h" is not a number of hours/],
    ['PORT', 'abc', /PORT: "abc" is not a port number/],
    ['DATABASE_URL', 'postgres://', /DATABASE_URL: is not a PostgreSQL URL/],
    ['WARM_UP', 'maybe', /WARM_UP: "maybe" is not true or false/],
    ['TRUST_PROXY', 'true', /TRUST_PROXY: "true" would trust any client/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: "loud" is not one of/],
  ])('%s=%s: the process exits naming the variable', async (variable, value, mention) => {
    expectRefusal(await startServer({ [variable]: value, DATABASE_URL: variable === 'DATABASE_URL' ? value : ':memory:' }), mention);
  });

  test('NODE_ENV=production without ADMIN_PASSWORD', async () => {
    expectRefusal(await startServer({ NODE_ENV: 'production', DATABASE_URL: ':memory:' }), /NODE_ENV=production requires ADMIN_PASSWORD/);
  });
});

describe.each(testDatabases())('production refuses demo passwords on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const demoHash = await hashPassword(DEFAULT_DEMO_PASSWORD);
    for (const username of ['leader', 'assessor']) {
      await insertUser(db.orm.em.fork(), { username, role: username === 'leader' ? 'LEADER' : 'ASSESSOR', password: DEFAULT_DEMO_PASSWORD }, demoHash);
    }
    await insertUser(db.orm.em.fork(), { username: 'admin', role: 'ADMIN', password: 'a-real-admin-password' });
  });
  afterAll(async () => db?.drop());

  test('a database first run in demo mode does not start in production until its demo users are disabled', async () => {
    const production = { NODE_ENV: 'production', ADMIN_PASSWORD: 'a-real-admin-password', DATABASE_URL: db.url };
    expectRefusal(await startServer(production), /2 demo user\(s\) still sign in with the public demo password \(assessor, leader\)/, /pnpm user:disable-demo/);
    const lines: string[] = [];
    const io = { readPassword: async () => '', out: (line: string) => lines.push(line) };
    expect(await runUserCli(db.orm, ['disable-demo'], io)).toBe(0);
    expect(lines).toEqual(['disabled 2 demo user(s): assessor, leader']);
    const started = await startServer(production);
    expect(started.listened, started.stderr).toBe(true);
  });
});
