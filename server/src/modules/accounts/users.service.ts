import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { isValidUsername, normalizeUsername } from '@scorecard/shared';
import { assertFits } from '../../db/column-limits.js';
import { AppError, ERROR_CODES } from '../../errors.js';
import { ROLES, type Role, type Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { Unit } from '../units/unit.entity.js';
import { reserveLoginAttempt, settleLoginAttempt } from './login-throttle.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.service.js';
import { accessOf, User } from './user.entity.js';

export interface NewUser {
  username: string;
  displayName?: string | null;
  role: Role;
  unitCode?: string | null;
  password: string;
}

export interface UserChanges {
  displayName?: string | null;
  role?: Role | null;
  unitCode?: string | null;
  disabled?: boolean | null;
}

/** What the audit log keeps of a user: no password hash. */
function snapshot(user: User): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    ...accessOf(user),
    disabled: user.disabled,
    version: user.version,
  };
}

function requireAdmin(viewer: Viewer | null): void {
  if (!viewer) throw new AppError(ERROR_CODES.UNAUTHENTICATED, '请先登录。Please sign in.');
  if (viewer.role !== 'ADMIN') throw new AppError(ERROR_CODES.FORBIDDEN, '仅管理员可管理用户。Only administrators manage users.');
}

async function unitFor(em: EntityManager, role: Role, unitCode: string | null | undefined): Promise<Unit | null> {
  if (role !== 'UNIT') {
    if (unitCode) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '只有单位用户绑定单位。Only UNIT users are bound to a unit.');
    return null;
  }
  if (!unitCode) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '单位用户必须绑定一个单位。A UNIT user needs a unit.');
  assertFits(em, Unit, { code: unitCode }, { code: 'unitCode' });
  const unit = await em.findOne(Unit, { code: unitCode });
  if (!unit) throw new AppError(ERROR_CODES.UNIT_NOT_FOUND, `没有编码为「${unitCode}」的单位。No unit with code "${unitCode}".`, { unitCode });
  return unit;
}

async function requireUser(em: EntityManager, id: string): Promise<User> {
  const user = await em.findOne(User, { id });
  if (!user) throw new AppError(ERROR_CODES.USER_NOT_FOUND, '没有这个用户。No such user.', { id });
  return user;
}

export async function listUsers(em: EntityManager, viewer: Viewer | null): Promise<User[]> {
  requireAdmin(viewer);
  return em.find(User, {}, { orderBy: { username: 'asc' } });
}

/** Creates a user without an actor check: first start, the operator CLI, and `createUser` below. */
export async function insertUser(em: EntityManager, input: NewUser, passwordHash?: string): Promise<User> {
  assertFits(em, User, { displayName: input.displayName?.trim() });
  const username = normalizeUsername(input.username);
  if (!isValidUsername(username)) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, '用户名为 2–64 个小写字母、数字或 . _ @ -。Usernames are 2–64 of a–z, 0–9, . _ @ -.');
  }
  if (!ROLES.includes(input.role)) throw new AppError(ERROR_CODES.BAD_USER_INPUT, `Unknown role ${input.role}.`);
  if (await em.count(User, { username })) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `用户名「${username}」已存在。The username "${username}" is taken.`, { username });
  }
  const unit = await unitFor(em, input.role, input.unitCode);
  const now = new Date().toISOString();
  const user = em.create(User, {
    id: randomUUID(),
    username,
    displayName: input.displayName?.trim() || username,
    role: input.role,
    unit,
    passwordHash: passwordHash ?? (await hashPassword(input.password)),
    disabled: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await em.persistAndFlush(user);
  return user;
}

export async function createUser(em: EntityManager, viewer: Viewer | null, actor: AuditActor, input: NewUser): Promise<User> {
  requireAdmin(viewer);
  return em.transactional(async (tx) => {
    const user = await insertUser(tx, input);
    await audit(tx, { actor, action: 'user/create', entityType: 'user', entityId: user.id, after: snapshot(user) });
    return user;
  });
}

/** Optimistic concurrency: the edit applies only to the version the administrator saw. */
export async function updateUser(
  em: EntityManager,
  viewer: Viewer | null,
  actor: AuditActor,
  id: string,
  changes: UserChanges,
  expectedVersion: number,
): Promise<User> {
  requireAdmin(viewer);
  assertFits(em, User, { displayName: changes.displayName?.trim() });
  return em.transactional(async (tx) => {
    const user = await requireUser(tx, id);
    const before = snapshot(user);
    const role = changes.role ?? user.role;
    const unitCode = role === 'UNIT' ? (changes.unitCode ?? user.unit?.code ?? null) : (changes.unitCode ?? null);
    const unit = await unitFor(tx, role, unitCode);
    const disabled = changes.disabled ?? user.disabled;
    if (viewer?.userId === id && (role !== 'ADMIN' || disabled)) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, '不能取消或停用自己的管理员账号。You cannot demote or disable yourself.');
    }
    const displayName = changes.displayName?.trim() || user.displayName;
    // The version check and the write are one statement: two concurrent edits cannot both pass.
    const updated = await tx.nativeUpdate(
      User,
      { id, version: expectedVersion },
      { role, unit, disabled, displayName, version: expectedVersion + 1, updatedAt: new Date().toISOString() },
    );
    if (updated !== 1) {
      throw new AppError(
        ERROR_CODES.STALE_VERSION,
        '该用户已被他人修改，请刷新后重试。This user was changed by someone else: reload and try again.',
        { currentVersion: user.version },
      );
    }
    if (disabled) await deleteUserSessions(tx, id);
    await tx.refresh(user);
    await audit(tx, { actor, action: changes.disabled && !before.disabled ? 'user/disable' : 'user/update', entityType: 'user', entityId: id, before, after: snapshot(user) });
    return user;
  });
}

export async function disableUser(em: EntityManager, viewer: Viewer | null, actor: AuditActor, id: string): Promise<User> {
  requireAdmin(viewer);
  if (viewer?.userId === id) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '不能停用自己。You cannot disable yourself.');
  return em.transactional(async (tx) => {
    const user = await requireUser(tx, id);
    const before = snapshot(user);
    await tx.nativeUpdate(User, { id }, { disabled: true, version: user.version + 1, updatedAt: new Date().toISOString() });
    await deleteUserSessions(tx, id);
    await tx.refresh(user);
    await audit(tx, { actor, action: 'user/disable', entityType: 'user', entityId: id, before, after: snapshot(user) });
    return user;
  });
}

/** Sets a new password (administrator or operator CLI) and signs the user out everywhere. */
export async function setPassword(em: EntityManager, actor: AuditActor, user: User, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash, updatedAt: new Date().toISOString() });
    await deleteUserSessions(tx, user.id);
    await audit(tx, { actor, action: 'user/reset-password', entityType: 'user', entityId: user.id, after: { username: user.username } });
  });
}

export async function resetUserPassword(
  em: EntityManager,
  viewer: Viewer | null,
  actor: AuditActor,
  id: string,
  newPassword: string,
): Promise<void> {
  requireAdmin(viewer);
  await setPassword(em, actor, await requireUser(em, id), newPassword);
}

/** A signed-in user changes their own password; their other sessions end. */
export async function changeOwnPassword(
  em: EntityManager,
  viewer: Viewer,
  actor: AuditActor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await requireUser(em, viewer.userId);
  // Counted like sign-ins, so a borrowed session cannot be used to guess the password.
  const reservation = await reserveLoginAttempt(em, user.username, actor.ip ?? 'unknown');
  if (!reservation.ok) {
    throw new AppError(ERROR_CODES.LOGIN_LOCKED, `尝试次数过多，请于 ${reservation.retryAt.toISOString()} 之后再试。Too many attempts: try again after ${reservation.retryAt.toISOString()}.`, { retryAt: reservation.retryAt.toISOString() });
  }
  const ok = await verifyPassword(currentPassword, user.passwordHash);
  await settleLoginAttempt(em, reservation.attemptId, ok ? 'succeeded' : 'failed');
  if (!ok) throw new AppError(ERROR_CODES.LOGIN_FAILED, '当前密码不正确。The current password is wrong.');
  const passwordHash = await hashPassword(newPassword);
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash, updatedAt: new Date().toISOString() });
    await deleteUserSessions(tx, user.id, viewer.sessionId);
    await audit(tx, { actor, action: 'user/change-password', entityType: 'user', entityId: user.id });
  });
}
