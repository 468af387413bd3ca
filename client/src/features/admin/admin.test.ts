import { defaultScheme, PASSWORD_MIN_LENGTH } from '@scorecard/shared';
import { describe, expect, it } from 'vitest';
import { passwordProblems } from '@/lib/form-rules';
import { AUDIT_ROLES, USER_ADMIN_ROLES, adminLinks, mayOpen } from './access';
import { auditExportUrl } from './use-audit-log';
import {
  editFormFor,
  editProblems,
  emptyNewUser,
  filterUsers,
  isStaleVersion,
  newUserProblems,
  toCreateInput,
  userChanges,
  type AdminUser,
} from './user-form';
import { actionKey, auditDiff, auditSummary, fmtDateTime, parseSnapshot, showValue } from './audit-view';

const unitUser: AdminUser = {
  id: 'u1',
  username: 'unit-m01',
  displayName: '市发改委账号',
  role: 'UNIT',
  unit: { code: 'M01', name: '市发展和改革委员会' },
  disabled: false,
  version: 3,
};
const leader: AdminUser = {
  ...unitUser,
  id: 'u2',
  username: 'leader',
  displayName: 'Leader',
  role: 'LEADER',
  unit: null,
};

describe('access', () => {
  it('offers user administration to ADMIN only and the audit log to ADMIN and ASSESSOR', () => {
    expect(adminLinks('ADMIN').map((l) => l.name)).toEqual([
      'admin-users',
      'admin-audit',
      'imports',
      'admin-tokens',
      'admin-workdays',
    ]);
    expect(adminLinks('ASSESSOR').map((l) => l.name)).toEqual(['admin-audit', 'imports']);
    expect(adminLinks('LEADER')).toEqual([]);
    expect(adminLinks('UNIT')).toEqual([]);
    expect(adminLinks(null)).toEqual([]);
  });

  it('mirrors the router guard', () => {
    expect(mayOpen(USER_ADMIN_ROLES, 'ADMIN')).toBe(true);
    expect(mayOpen(USER_ADMIN_ROLES, 'ASSESSOR')).toBe(false);
    expect(mayOpen(AUDIT_ROLES, 'ASSESSOR')).toBe(true);
    expect(mayOpen(AUDIT_ROLES, 'LEADER')).toBe(false);
    expect(mayOpen(undefined, 'UNIT')).toBe(true);
    expect(mayOpen(undefined, null)).toBe(false);
  });
});

describe('new user form', () => {
  const valid = {
    ...emptyNewUser(),
    username: ' Zhang.San ',
    role: 'LEADER' as const,
    password: 'abcdefgh',
    repeat: 'abcdefgh',
  };

  it('accepts a complete form and normalizes the username', () => {
    expect(newUserProblems(valid)).toEqual({});
    expect(toCreateInput(valid)).toEqual({
      username: 'zhang.san',
      displayName: null,
      role: 'LEADER',
      unitCode: null,
      password: 'abcdefgh',
    });
  });

  it('requires username and role, and a unit for UNIT users', () => {
    expect(newUserProblems({ ...valid, username: '  ', role: '' })).toEqual({ username: 'required', role: 'required' });
    expect(newUserProblems({ ...valid, username: '-x' }).username).toBe('usernameFormat');
    expect(newUserProblems({ ...valid, username: 'a' }).username).toBe('usernameFormat');
    expect(newUserProblems({ ...valid, role: 'UNIT' })).toEqual({ unitCode: 'unitRequired' });
    expect(newUserProblems({ ...valid, role: 'UNIT', unitCode: 'M01' })).toEqual({});
  });

  it('sends a unit only for UNIT users', () => {
    expect(toCreateInput({ ...valid, unitCode: 'M01' }).unitCode).toBeNull();
    expect(toCreateInput({ ...valid, role: 'UNIT', unitCode: 'M01', displayName: ' 张三 ' })).toMatchObject({
      unitCode: 'M01',
      displayName: '张三',
    });
  });

  it('checks password length (8) before confirmation', () => {
    const short = 'x'.repeat(PASSWORD_MIN_LENGTH - 1);
    const enough = 'x'.repeat(PASSWORD_MIN_LENGTH);
    expect(passwordProblems(short, short)).toEqual({ password: 'passwordShort' });
    expect(passwordProblems(enough, `${enough}y`)).toEqual({ repeat: 'passwordMismatch' });
    expect(passwordProblems(enough, enough)).toEqual({});
  });
});

describe('edit user form', () => {
  it('sends nothing when nothing changed', () => {
    expect(userChanges(unitUser, editFormFor(unitUser))).toEqual({});
    expect(userChanges(leader, editFormFor(leader))).toEqual({});
  });

  it('sends only the changed fields', () => {
    const form = { ...editFormFor(unitUser), displayName: ' 新名称 ', disabled: true };
    expect(userChanges(unitUser, form)).toEqual({ displayName: '新名称', disabled: true });
    expect(userChanges(unitUser, { ...editFormFor(unitUser), unitCode: 'D01' })).toEqual({ unitCode: 'D01' });
  });

  it('leaving the UNIT role sends no unit; becoming a UNIT user sends one', () => {
    expect(userChanges(unitUser, { ...editFormFor(unitUser), role: 'ASSESSOR' })).toEqual({ role: 'ASSESSOR' });
    expect(userChanges(leader, { ...editFormFor(leader), role: 'UNIT', unitCode: 'M01' })).toEqual({
      role: 'UNIT',
      unitCode: 'M01',
    });
  });

  it('requires a display name and, for UNIT users, a unit', () => {
    expect(editProblems({ ...editFormFor(leader), displayName: ' ' })).toEqual({ displayName: 'required' });
    expect(editProblems({ ...editFormFor(leader), role: 'UNIT' })).toEqual({ unitCode: 'unitRequired' });
    expect(editProblems(editFormFor(unitUser))).toEqual({});
  });

  it('recognizes the optimistic-concurrency failure', () => {
    expect(isStaleVersion({ code: 'STALE_VERSION' })).toBe(true);
    expect(isStaleVersion({ code: 'BAD_USER_INPUT' })).toBe(false);
  });
});

describe('filterUsers', () => {
  const users = [unitUser, leader];
  it('matches username, display name, unit and role label, ignoring case', () => {
    expect(filterUsers(users, '')).toEqual(users);
    expect(filterUsers(users, 'LEAD').map((u) => u.id)).toEqual(['u2']);
    expect(filterUsers(users, 'm01').map((u) => u.id)).toEqual(['u1']);
    expect(filterUsers(users, '发展').map((u) => u.id)).toEqual(['u1']);
    const label = (role: string): string => (role === 'LEADER' ? '领导' : role);
    expect(filterUsers(users, '领导', label).map((u) => u.id)).toEqual(['u2']);
    expect(filterUsers(users, 'nobody')).toEqual([]);
  });
});

describe('audit formatting', () => {
  it('formats instants in zh-CN and English, to the second, in the given time zone', () => {
    expect(fmtDateTime('2024-03-05T06:03:09.120Z', 'zh-CN', 'Asia/Shanghai')).toBe('2024年3月5日 14:03:09');
    expect(fmtDateTime('2024-03-05T06:03:09Z', 'en', 'Asia/Shanghai')).toBe('Mar 5, 2024 14:03:09');
    expect(fmtDateTime('2024-12-31T16:00:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2025年1月1日 00:00:00');
    expect(fmtDateTime(null, 'zh-CN')).toBe('—');
    expect(fmtDateTime('not a date', 'en')).toBe('not a date');
  });

  it('maps actions to i18n keys', () => {
    expect(actionKey('user/reset-password')).toBe('audit.actions.user_reset-password');
  });

  it('parses snapshots tolerantly', () => {
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot('{"a":1}')).toEqual({ a: 1 });
    expect(parseSnapshot('[1,2]')).toEqual({ value: [1, 2] });
    expect(parseSnapshot('oops')).toEqual({ value: 'oops' });
    expect(showValue(null)).toBe('null');
    expect(showValue(undefined)).toBe('—');
    expect(showValue({ x: [1] })).toBe('{"x":[1]}');
  });

  it('diffs an update field by field', () => {
    const before = JSON.stringify({ role: 'UNIT', unitCode: 'M01', disabled: false, version: 3 });
    const after = JSON.stringify({ role: 'ASSESSOR', unitCode: null, disabled: false, version: 4, extra: 'x' });
    const rows = auditDiff(before, after);
    expect(rows).toEqual([
      { field: 'role', before: 'UNIT', after: 'ASSESSOR', change: 'changed' },
      { field: 'unitCode', before: 'M01', after: 'null', change: 'changed' },
      { field: 'disabled', before: 'false', after: 'false', change: 'same' },
      { field: 'version', before: '3', after: '4', change: 'changed' },
      { field: 'extra', before: '—', after: 'x', change: 'added' },
    ]);
    expect(auditSummary(rows)).toBe('role: UNIT → ASSESSOR; unitCode: M01 → null; extra: x');
    expect(auditSummary(rows, 1)).toBe('role: UNIT → ASSESSOR; +2');
  });

  it('summarizes a creation (after only) and a version-only change', () => {
    const created = auditDiff(null, JSON.stringify({ username: 'a', role: 'LEADER' }));
    expect(created.every((r) => r.change === 'same')).toBe(true);
    expect(auditSummary(created)).toBe('username: a; role: LEADER');
    const bumped = auditDiff('{"version":1}', '{"version":2}');
    expect(auditSummary(bumped)).toBe('version: 1 → 2');
    expect(auditSummary(auditDiff(null, null))).toBe('');
    expect(auditDiff('{"a":1}', '{}')).toEqual([{ field: 'a', before: '1', after: '—', change: 'removed' }]);
  });

  it('shows a scheme edit as its changes, not as two JSON blobs', () => {
    const before = defaultScheme();
    const after = defaultScheme();
    after.dimensions[1]!.subIndicators[1]!.rule = { kind: 'minmax' };
    const rows = auditDiff(
      JSON.stringify({ revision: 1, scheme: before }),
      JSON.stringify({ revision: 2, scheme: after }),
    );
    expect(rows).toEqual([
      { field: 'revision', before: '1', after: '2', change: 'changed' },
      { field: 'scheme E › E2 rule', before: 'band(0.6, 0.95)', after: 'minmax', change: 'changed' },
    ]);
  });
});

describe('audit export link', () => {
  it('carries the page’s filters and language', () => {
    expect(auditExportUrl({ action: 'user/update', actor: 'admin', from: '2023-12-01', to: '2023-12-15' }, 'en')).toBe(
      '/api/exports/audit.xlsx?action=user%2Fupdate&actor=admin&from=2023-12-01&to=2023-12-15&lang=en',
    );
    expect(auditExportUrl({ action: null, actor: null, from: null, to: null })).toBe('/api/exports/audit.xlsx');
  });
});
