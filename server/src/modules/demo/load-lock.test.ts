import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../db/orm.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { readDataVersion } from '../scoring/data-version.js';
import { DataLoad } from './data-load.entity.js';
import { claimDataLoad, STALE_AFTER_MS, type Claim } from './load-lock.js';

const ID = 'demo-city';

/** Two "processes": two ORMs with their own connections on one database file or server. */
describe.each(testDatabases())('the data-load lock across two processes on %s', (kind) => {
  let db: TestDatabase;
  let other: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    other = await openDatabase(db.url);
  });
  afterAll(async () => {
    await other?.close(true);
    await db?.drop();
  });
  beforeEach(async () => {
    await db.orm.em.fork().nativeDelete(DataLoad, {});
  });

  async function release(claims: Claim[], ok: boolean): Promise<void> {
    for (const claim of claims) if (claim.kind === 'claimed') await claim.release(ok);
  }

  test('of two processes claiming at once, exactly one loads; the other sees it loading elsewhere', async () => {
    const claims = await Promise.all([claimDataLoad(db.orm, ID, 'process-a'), claimDataLoad(other, ID, 'process-b')]);
    expect(claims.map((c) => c.kind).sort()).toEqual(['claimed', 'elsewhere']);
    await release(claims, true);
    expect((await claimDataLoad(other, ID, 'process-c')).kind).toBe('complete');
  });

  test('nothing is scored while a load is incomplete: the data version cannot be read until it is complete', async () => {
    const claim = await claimDataLoad(db.orm, ID, 'process-a');
    await expect(readDataVersion(other.em.fork())).rejects.toMatchObject({ code: 'DATA_LOADING' });
    await release([claim], true);
    await expect(readDataVersion(other.em.fork())).resolves.toMatch(/\|/);
  });

  test('a failed load is retried by the next process, and stays incomplete meanwhile', async () => {
    await release([await claimDataLoad(db.orm, ID, 'process-a')], false);
    await expect(readDataVersion(other.em.fork())).rejects.toMatchObject({ code: 'DATA_LOADING' });
    const retry = await claimDataLoad(other, ID, 'process-b');
    expect(retry.kind).toBe('claimed');
    await release([retry], true);
  });

  test('a load whose process died (no heartbeat) is taken over by one process only', async () => {
    const at = new Date().toISOString();
    await db.orm.em.fork().insert(DataLoad, { id: ID, state: 'loading', owner: 'process-a', startedAt: at, heartbeatAt: at, finishedAt: null });
    const fresh = await claimDataLoad(other, ID, 'process-b');
    expect(fresh).toEqual({ kind: 'elsewhere', owner: 'process-a' });
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 1000).toISOString();
    await db.orm.em.fork().nativeUpdate(DataLoad, { id: ID }, { heartbeatAt: longAgo });
    const claims = await Promise.all([claimDataLoad(db.orm, ID, 'process-c'), claimDataLoad(other, ID, 'process-d')]);
    expect(claims.map((c) => c.kind).sort()).toEqual(['claimed', 'elsewhere']);
    await release(claims, true);
  });

  test('a load whose process on this machine is gone (kill -9) is taken over at once', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const at = new Date().toISOString();
    await db.orm.em.fork().insert(DataLoad, { id: ID, state: 'loading', owner: `${hostname()}:${gone}`, startedAt: at, heartbeatAt: at, finishedAt: null });
    const claim = await claimDataLoad(other, ID, 'process-e');
    expect(claim.kind).toBe('claimed');
    await release([claim], true);
  });
});
