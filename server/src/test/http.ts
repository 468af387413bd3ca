import type { MikroORM } from '@mikro-orm/core';
import { startApp, type RunningApp } from '../app.js';
import { loadConfig } from '../config.js';

/** Starts the real HTTP server on a free port over an open database (no demo data). */
export async function startTestServer(orm: MikroORM, env: Record<string, string> = {}): Promise<RunningApp> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'silent', ...env });
  return startApp(orm, config);
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: Array<string | number> }>;
}

/** One GraphQL request over HTTP, as a browser client sends it. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}
