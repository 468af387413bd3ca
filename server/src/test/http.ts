import type { MikroORM } from '@mikro-orm/core';
import { startApp, type RunningApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Role } from '../graphql/context.js';
import { hashPassword } from '../modules/accounts/passwords.js';
import { insertUser } from '../modules/accounts/users.service.js';
import type { User } from '../modules/accounts/user.entity.js';

export interface GqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: GqlError[];
  raw: string;
}

/** The app over real HTTP on a free port, demo data off. */
export async function startTestApp(orm: MikroORM, env: Record<string, string> = {}): Promise<RunningApp> {
  return startApp(orm, loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', ...env }));
}

export async function gql<T = Record<string, unknown>>(
  app: { url: string },
  query: string,
  options: { token?: string | null; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const raw = await res.text();
  let body: { data?: T | null; errors?: GqlError[] } = {};
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    // not JSON (e.g. a CSRF refusal): callers look at status and raw
  }
  return { status: res.status, headers: res.headers, data: body.data, errors: body.errors ?? [], raw };
}

export function errorCodes(response: GqlResponse<unknown>): string[] {
  return response.errors.map((e) => String(e.extensions?.code));
}

let sharedHash: Promise<string> | null = null;
export const TEST_PASSWORD = 'correct-horse-1';

/** A user with TEST_PASSWORD, hashed once per test file (bcrypt is slow on purpose). */
export async function createTestUser(orm: MikroORM, username: string, role: Role, unitCode: string | null = null): Promise<User> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  return insertUser(orm.em.fork(), { username, role, unitCode, password: TEST_PASSWORD }, await sharedHash);
}

export async function loginToken(app: { url: string }, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    app,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { variables: { u: username, p: password } },
  );
  if (!res.data?.login) throw new Error(`login ${username} failed: ${res.raw}`);
  return res.data.login.token;
}
