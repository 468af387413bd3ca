import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, loginToken, startTestApp } from '../../test/http.js';
import { upload, waitForJob, type JobAnswer } from '../../test/uploads.js';
import { ImportJob, ImportJobFile } from './import-job.entity.js';
import { ImportJobRunner, IMPORT_STALE_AFTER_MS } from './import-job-runner.js';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../imports/fixtures/${path}`, import.meta.url)), 'utf8');
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
/** The process id of a process of this machine that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid as number;

describe.each(testDatabases())('jobs whose process died are failed, not running forever, on %s', (database) => {
  let db: TestDatabase;
  let app: RunningApp | null = null;
  let token: string;
  const spool = mkdtempSync(join(tmpdir(), 'spool-'));

  /** A job left `running` by `owner`, as a killed process leaves it. */
  async function runningJob(owner: string, heartbeatAt: string): Promise<string> {
    const em = db.orm.em.fork();
    const id = randomUUID();
    em.create(ImportJob, {
      id, state: 'running', phase: 'write', via: 'browser', createdAt: minutesAgo(20), startedAt: heartbeatAt, heartbeatAt, owner,
    });
    em.create(ImportJobFile, {
      jobId: id, seq: 0, name: 'units.csv', kind: 'units', size: 10, sha256: randomUUID().replace(/-/g, ''), spoolPath: join(spool, id),
      status: 'running', rowsRead: 0, rowsAdded: 0, rowsReplaced: 0, errorCount: 0,
    });
    await em.flush();
    return id;
  }
  const read = async (id: string): Promise<JobAnswer & { message: string | null }> => {
    const res = await fetch(`${app?.url}/api/imports/${id}`, { headers: { authorization: `Bearer ${token}`, 'x-scorecard-lang': 'en' } });
    return (await res.json()) as JobAnswer & { message: string | null };
  };

  beforeAll(async () => {
    db = await createTestDatabase(database);
    await createTestUser(db.orm, 'dead-assessor', 'ASSESSOR');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('at start: a job of a process of this machine that has ended, and one of another machine silent for too long, are failed', async () => {
    const killedHere = await runningJob(`${hostname()}:${deadPid()}`, minutesAgo(0));
    const silentElsewhere = await runningJob('another-machine:4242', minutesAgo(IMPORT_STALE_AFTER_MS / 60_000 + 1));
    const beatingElsewhere = await runningJob('another-machine:4343', minutesAgo(1));
    app = await startTestApp(db.orm, { IMPORT_SPOOL_DIR: spool });
    token = await loginToken(app, 'dead-assessor');

    const killed = await read(killedHere);
    expect(killed.state).toBe('failed');
    expect(killed.message).toBe('The server stopped while importing: upload the files again.');
    expect(killed.files[0].status).toBe('failed');
    const silent = await read(silentElsewhere);
    expect(silent.state).toBe('failed');
    expect(silent.message).toContain('another-machine:4242');
    expect(silent.message).toContain('no heartbeat');
    // Another machine's job that still beats is left alone (and holds the queue: one import at a time).
    expect((await read(beatingElsewhere)).state).toBe('running');
  });

  test('while running: a job that stops beating is failed by the next sweep, and the queue moves on', async () => {
    const em = db.orm.em.fork();
    const stuck = (await em.findOneOrFail(ImportJob, { owner: 'another-machine:4343' })).id;
    const queued = await upload(app as RunningApp, [{ name: 'units.csv', content: fixture('valid/units.csv') }], { token });
    expect((await read(String(queued.body.id))).state).toBe('queued');
    // Its last heartbeat is now older than the limit: a sweep (here a second runner's, as on another server) fails it.
    await em.nativeUpdate(ImportJob, { id: stuck }, { heartbeatAt: minutesAgo(IMPORT_STALE_AFTER_MS / 60_000 + 1) });
    await new ImportJobRunner(db.orm).failOrphans();
    expect((await read(stuck)).state).toBe('failed');
    (app as RunningApp).imports.kick();
    expect((await waitForJob(app as RunningApp, String(queued.body.id), token)).state).toBe('done');
  });
});
