import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { runCli } from '../test/cli.js';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../modules/imports/fixtures/${path}`, import.meta.url)), 'utf8');

describe.each(testDatabases())('pnpm import: a file delivered again is recognised, on %s', (kind) => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dir = mkdtempSync(join(tmpdir(), 'redelivery-'));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const batches = async (): Promise<Array<{ file_name: string; sha256: string | null }>> =>
    db.orm.em.fork().getConnection().execute('select file_name, sha256 from import_batches order by started_at');
  const cli = (args: string[]) => runCli('import', args, { DATABASE_URL: db.url });

  test('the same bytes again are skipped (exit 0, nothing written); other bytes, another name or --force import', async () => {
    const units = join(dir, 'units.csv');
    writeFileSync(units, fixture('valid/units.csv'));
    const first = await cli([units]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^✓ units\.csv/);
    expect(await batches()).toEqual([{ file_name: 'units.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);

    // The same bytes under another name are the same delivery.
    const again = join(dir, 'units-2023-12-01.csv');
    writeFileSync(again, fixture('valid/units.csv'));
    const second = await cli([again]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^= units-2023-12-01\.csv \(units\): the same file was already imported \(units\.csv, .*\): skipped; --force imports it again\n$/);
    expect(await batches()).toHaveLength(1);

    const forced = await cli(['--force', again]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^✓ units-2023-12-01\.csv/);
    expect(await batches()).toHaveLength(2);

    writeFileSync(units, `${fixture('valid/units.csv')}\n`);
    expect((await cli([units])).stdout).toMatch(/^✓ units\.csv/);
    expect(await batches()).toHaveLength(3);
  }, 120_000);
});
