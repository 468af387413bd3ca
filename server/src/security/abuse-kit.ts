import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { expect } from 'vitest';
import { importPaths } from '../modules/imports/index.js';

/** The tables an abusive request must leave as they were. */
const WATCHED_TABLES = ['users', 'sessions', 'login_attempts', 'audit_log', 'units', 'periods', 'import_batches', 'data_loads'];

export async function rowCounts(orm: MikroORM): Promise<Record<string, number>> {
  const conn = orm.em.fork().getConnection();
  const counts: Record<string, number> = {};
  for (const table of WATCHED_TABLES) {
    const [row] = await conn.execute<Array<{ n: number | string }>>(`select count(*) as n from ${table}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/** The small readable import fixtures (4 units, March 2023): periods with data to rank. */
export async function importFixtureCity(orm: MikroORM): Promise<void> {
  const dir = fileURLToPath(new URL('../modules/imports/fixtures/valid', import.meta.url));
  const results = await importPaths(orm, [dir]);
  const failed = results.filter((r) => r.status !== 'imported');
  if (failed.length) throw new Error(`fixture import failed: ${JSON.stringify(failed.map((r) => r.file))}`);
}

/** A stand-in for client/dist: index.html and one hashed asset. */
export function fakeClientDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'client-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-AbC123.js"></script><div id="app">shell</div>');
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), 'console.log("app")');
  return dist;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTP request with full control over headers and bytes (fetch would normalise both). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * A refusal as the API promises it: JSON in the GraphQL error shape with a stable code, a short
 * body (nothing of the input repeated beyond a prefix), no stack, no file path, no module path.
 */
export function expectCleanRefusal(res: { status: number; text: string }, status: number, code: string): { message: string } {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  const body = JSON.parse(res.text) as { errors: Array<{ message: string; extensions: { code: string } }> };
  expect(body.errors.map((e) => e.extensions.code)).toEqual([code]);
  expect(res.text.length).toBeLessThan(2000);
  expect(res.text).not.toMatch(/\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|stacktrace|<html|sqlite|postgres/i);
  return body.errors[0];
}
