import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSource } from '../modules/imports/index.js';
import { loadMeasureFixture } from '../modules/measures/testing/fixture.js';
import { runCli, type CliRun } from '../test/cli.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { allowInserts, refuseInserts } from '../test/faults.js';
import { rowCounts } from '../test/tables.js';

/**
 * Issue "trustworthy under bad input", items 1–3, replayed through the import library and the real
 * `pnpm import` child process: every bad file gets a clear answer (line, column, reason; exit
 * status) and changes no table but import_batches, which records the rejection. No stack trace ever.
 */
const FIXTURE_DIR = fileURLToPath(new URL('../modules/measures/fixtures', import.meta.url));
const ENCODINGS = fileURLToPath(new URL('../modules/imports/fixtures/encodings', import.meta.url));
const INCIDENTS = 'incident_id,unit_code,occurred_on,severity,description\n';
const RATINGS = 'rating_id,unit_code,rated_at,level,rectified_at\n';
const STACK = /\n\s+at |node_modules|\.ts:\d+|\.js:\d+/;

interface Abuse {
  what: string;
  file: string;
  bytes: Buffer;
  /** The problems of the rejected file, as the CLI prints them (`line N, column: reason [code]`). */
  problems: string[];
}

const ABUSES: Abuse[] = [
  {
    what: 'item 1: a row dated 9999-12-31 (used to crash the period refresh after the commit)',
    file: 'incidents.csv',
    bytes: Buffer.from(`${INCIDENTS}X1,A01,2023-03-05,low,ok\nX2,A01,9999-12-31,low,far future\n`),
    problems: ['line 3, occurred_on: occurred_on "9999-12-31" is outside the supported dates 1990-01-01 … 2099-12-31 [import/bad-date]'],
  },
  {
    what: 'item 2: absurd and just-outside dates and timestamps',
    file: 'ratings.csv',
    bytes: Buffer.from(`${RATINGS}Y1,A01,0001-01-01 00:00,5,\nY2,A01,1989-12-31 23:59,5,\nY3,A01,2100-01-01 00:00,5,\nY4,A01,2023-03-01 10:00,1,2100-01-01T08:00:00+08:00\n`),
    problems: [
      'line 2, rated_at: rated_at "0001-01-01 00:00" is outside the supported dates 1990-01-01 … 2099-12-31 [import/bad-timestamp]',
      'line 3, rated_at: rated_at "1989-12-31 23:59" is outside the supported dates 1990-01-01 … 2099-12-31 [import/bad-timestamp]',
      'line 4, rated_at: rated_at "2100-01-01 00:00" is outside the supported dates 1990-01-01 … 2099-12-31 [import/bad-timestamp]',
      'line 5, rectified_at: rectified_at "2100-01-01T08:00:00+08:00" is outside the supported dates 1990-01-01 … 2099-12-31 [import/bad-timestamp]',
    ],
  },
  {
    what: 'item 3: a Latin-1 file (neither UTF-8 nor GB18030)',
    file: 'units.csv',
    bytes: readFileSync(join(ENCODINGS, 'units-latin1.csv')),
    problems: ['line 3: the file is neither UTF-8 nor GB18030/GBK text (byte 0xE9); save it from Excel as "CSV UTF-8" [import/unreadable-file]'],
  },
];

describe.each(testDatabases())('import abuse on %s', (kind) => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE_DIR);
    dir = mkdtempSync(join(tmpdir(), 'import-abuse-'));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (file: string, bytes: Buffer, env: NodeJS.ProcessEnv = {}): Promise<CliRun> => {
    const path = join(dir, file);
    writeFileSync(path, bytes);
    return runCli('import', [path], { DATABASE_URL: db.url, ...env });
  };
  /** Row counts must not move but for `batches` more rows in import_batches. */
  const expectCountsAfter = async (before: Record<string, number>, batches: number): Promise<void> => {
    expect(await rowCounts(db.orm)).toEqual({ ...before, import_batches: before.import_batches + batches });
  };
  const noStack = (run: CliRun): void => {
    expect(run.stdout).not.toMatch(STACK);
    expect(run.stderr).not.toMatch(STACK);
  };

  test.each(ABUSES)('$what — library', async ({ file, bytes, problems }) => {
    const before = await rowCounts(db.orm);
    const result = await importSource(db.orm, { name: file, stream: bytes });
    expect(result.status).toBe('rejected');
    expect(result.errors.map((e) => `line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message} [${e.code}]`)).toEqual(problems);
    await expectCountsAfter(before, 1);
  });

  test.each(ABUSES)('$what — pnpm import', async ({ file, bytes, problems }) => {
    const before = await rowCounts(db.orm);
    const run = await cli(file, bytes);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✗ ${file} (`);
    for (const p of problems) expect(run.stdout).toContain(`  ${p}\n`);
    expect(run.stdout).toContain('1 of 1 files rejected');
    noStack(run);
    await expectCountsAfter(before, 1);
  });

  test('item 3: a GBK file imports through pnpm import, says so, and its Chinese names read back intact', async () => {
    const run = await cli('units.csv', readFileSync(join(ENCODINGS, 'units-gbk.csv')));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^✓ units\.csv \(units, GB18030\): 3 rows \(3 added, 0 replaced\)/);
    const names = await db.orm.em.fork().getConnection().execute(`select name from units where code like 'GB%' order by code`);
    expect(names.map((n: { name: string }) => n.name)).toEqual(['郑州市大数据管理局', '金水区政务服务中心，综合窗口', '郑州市公共资源交易中心（“一网通办”）']);
  });

  test('item 1: a fault inside the period refresh — the file is rejected with the reason, nothing else changes', async () => {
    const before = await rowCounts(db.orm);
    await refuseInserts(db.orm, 'periods');
    try {
      const run = await cli('ratings.csv', Buffer.from(`${RATINGS}Z1,A01,2023-03-07 10:00,4,\n`));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/line 1: the database refused it while refreshing the periods and the calendar: .*injected fault.* \[import\/database-error\]/);
      noStack(run);
      await expectCountsAfter(before, 1);
    } finally {
      await allowInserts(db.orm, 'periods');
    }
  });

  test('item 1: when not even the rejection can be recorded — one line on stderr, exit 3, no table changed', async () => {
    const before = await rowCounts(db.orm);
    await refuseInserts(db.orm, 'import_batches');
    try {
      const run = await cli('ratings.csv', Buffer.from(`${RATINGS}Z2,A01,2023-03-08 10:00,4,\n`));
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^import failed: ratings\.csv was not imported \(.*\), and the database refused it while recording the rejection: .*injected fault[^\n]*\n$/);
      noStack(run);
      await expectCountsAfter(before, 0);
    } finally {
      await allowInserts(db.orm, 'import_batches');
    }
  });

  test('a database that cannot be opened: one line naming it without its password, exit 3', async () => {
    const run = await cli('units.csv', Buffer.from('code,name,kind\nQ1,x,municipal\n'), {
      DATABASE_URL: 'postgres://scorecard:s3cret-pw@127.0.0.1:9/none',
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^import failed: the database postgres:\/\/scorecard:\*\*\*@127\.0\.0\.1:9\/none could not be opened: [^\n]+\n$/);
    expect(run.stderr).not.toContain('s3cret-pw');
    noStack(run);
  });
});
