import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  kind: 'sqlite' | 'postgresql';
  drop(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database: a new SQLite file under bench/work/db, or a new PostgreSQL database. */
export async function freshDatabase(kind: 'sqlite' | 'postgresql', workDir: string, preset: string, adminUrl: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const dir = join(workDir, 'db');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${preset}.sqlite`);
    const remove = (): void => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    };
    remove();
    return { url: `sqlite:${file}`, kind, drop: async () => remove() };
  }
  const name = `scorecard_bench_${preset.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    kind,
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
