import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { openDatabase } from '../db/orm.js';

/**
 * The databases integration tests run against: SQLite always, PostgreSQL when TEST_POSTGRES_URL
 * (or a postgres DATABASE_URL) names a server. Use with `describe.each(testDatabases())`.
 */
export function testDatabases(): Array<'sqlite' | 'postgresql'> {
  return postgresAdminUrl() ? ['sqlite', 'postgresql'] : ['sqlite'];
}

function postgresAdminUrl(): string | undefined {
  const url = process.env.TEST_POSTGRES_URL ?? process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** Closes the ORM and deletes the database (file or PostgreSQL database). */
  drop(): Promise<void>;
}

/** A fresh, migrated, empty database of the given kind. */
export async function createTestDatabase(kind: 'sqlite' | 'postgresql'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-test-'));
    const url = `sqlite:${join(dir, 'test.sqlite')}`;
    const orm = await openDatabase(url);
    return { orm, url, drop: async () => { await orm.close(true); rmSync(dir, { recursive: true, force: true }); } };
  }
  const admin = postgresAdminUrl();
  if (!admin) throw new Error('PostgreSQL tests need TEST_POSTGRES_URL or a postgres DATABASE_URL');
  const name = `scorecard_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin, `create database ${name}`);
  const parsed = new URL(admin);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const orm = await openDatabase(url);
  return {
    orm,
    url,
    drop: async () => {
      await orm.close(true);
      await adminQuery(admin, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
