import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../../test/http.js';
import { importPaths } from '../imports/index.js';
import { ok } from '../schemes/testing.js';

const FIXTURE = fileURLToPath(new URL('../measures/fixtures', import.meta.url));

export const ITEM_FIELDS = 'id unit { code } period indicatorId scoreAtOpen pointsLost state openedOn deadline overdue dueSoon workingDaysLeft version';
export const ITEMS = `query($p: String, $u: String, $s: RemediationState) { remediationItems(period: $p, unitCode: $u, state: $s) { ${ITEM_FIELDS} } }`;
export const ACTION = `mutation($id: ID!, $a: RemediationAction!, $v: Int!, $n: String) { remediationAction(id: $id, action: $a, expectedVersion: $v, note: $n) { ${ITEM_FIELDS} } }`;

export interface Item {
  id: string; unit: { code: string }; period: string | null; indicatorId: string | null; scoreAtOpen: number | null; pointsLost: number | null;
  state: string; openedOn: string; deadline: string; overdue: boolean; dueSoon: boolean; workingDaysLeft: number; version: number;
}

export interface Fixture {
  db: TestDatabase;
  app: RunningApp;
  filesDir: string;
  tokens: { assessor: string; assessor2: string; leader: string; admin: string; a01: string; a02: string };
  close(): Promise<void>;
}

/** The measures fixture city (A01, A02, D01, P01), one user per role, the app with a fixed clock and a temp files directory. */
export async function remediationFixture(kind: 'sqlite' | 'postgresql', env: Record<string, string> = {}): Promise<Fixture> {
  const db = await createTestDatabase(kind);
  expect((await importPaths(db.orm, [FIXTURE])).every((r) => r.status === 'imported')).toBe(true);
  await createTestUser(db.orm, 'alice', 'ASSESSOR');
  await createTestUser(db.orm, 'bob', 'ASSESSOR');
  await createTestUser(db.orm, 'lead', 'LEADER');
  await createTestUser(db.orm, 'root', 'ADMIN');
  await createTestUser(db.orm, 'unit-a01', 'UNIT', 'A01');
  await createTestUser(db.orm, 'unit-a02', 'UNIT', 'A02');
  const filesDir = mkdtempSync(join(tmpdir(), 'scorecard-files-'));
  const app = await startTestApp(db.orm, { LOG_LEVEL: 'silent', SCORECARD_CLOCK: '2023-09-28', FILES_DIR: filesDir, ...env });
  const names = ['alice', 'bob', 'lead', 'root', 'unit-a01', 'unit-a02'];
  const [assessor, assessor2, leader, admin, a01, a02] = await Promise.all(names.map((n) => loginToken(app, n)));
  return {
    db, app, filesDir,
    tokens: { assessor: assessor!, assessor2: assessor2!, leader: leader!, admin: admin!, a01: a01!, a02: a02! },
    close: async () => {
      await app.close();
      await db.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export async function items(app: { url: string }, token: string, vars: { p?: string; u?: string; s?: string } = {}): Promise<Item[]> {
  return ok(await gql<{ remediationItems: Item[] }>(app, ITEMS, { token, variables: vars })).remediationItems;
}

export function act(app: { url: string }, token: string, item: { id: string; version: number }, action: string, note?: string) {
  return gql<{ remediationAction: Item }>(app, ACTION, { token, variables: { id: item.id, a: action, v: item.version, n: note } });
}
