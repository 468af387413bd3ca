import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireViewer } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { User } from '../accounts/user.entity.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { SavedView } from './saved-view.entity.js';

/**
 * Saved views: every signed-in user keeps its own; nobody reads or changes another user's (an id of
 * someone else's view answers as if it did not exist). Every change is audited (`saved-view/…`).
 */
export const MAX_VIEWS_PER_USER = 50;
const MAX_NAME = 80;
const MAX_URL = 2000;
/** Pages a view may open; the client decodes the rest of the URL (features/saved-views/view-url.ts). */
const VIEW_PATH = /^\/(ranking|compare|early-warning|units\/[A-Za-z0-9_.%-]{1,64})$/;

export interface SavedViewInput {
  name: string;
  url: string;
}

function badInput(field: string, message: string): AppError {
  return new AppError(ERROR_CODES.BAD_USER_INPUT, message, { field });
}

/** Trimmed name and a checked URL, or BAD_USER_INPUT naming the field. */
function checked(viewer: Viewer, input: SavedViewInput): SavedViewInput {
  const name = input.name.trim();
  if (!name || name.length > MAX_NAME) {
    throw badInput('name', `视图名称需为 1–${MAX_NAME} 个字符。A view name has 1 to ${MAX_NAME} characters.`);
  }
  const url = input.url.trim();
  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (url.length > MAX_URL || !VIEW_PATH.test(path)) {
    throw badInput('url', '视图地址须为排行榜、单位、对比或预警页面。A view is the address of the ranking, a unit, compare or early-warning page.');
  }
  const unit = /^\/units\/(.+)$/.exec(path)?.[1];
  if (viewer.role === 'UNIT' && (path === '/compare' || (unit !== undefined && decodeURIComponent(unit) !== viewer.unitCode))) {
    throw new AppError(ERROR_CODES.FORBIDDEN, '只能保存本单位可见的页面。You can save only pages your unit may open.', { field: 'url' });
  }
  return { name, url };
}

function notFound(id: string): AppError {
  return new AppError(ERROR_CODES.NOT_FOUND, '没有这个已保存的视图。There is no such saved view.', { id });
}

const auditView = (v: SavedView) => ({ name: v.name, url: v.url, isStart: v.isStart });

export async function listSavedViews(em: EntityManager, viewer: Viewer | null): Promise<SavedView[]> {
  const me = requireViewer(viewer);
  return em.find(SavedView, { user: me.userId }, { orderBy: { name: 'asc' } });
}

/** The caller's start view, if any (the router opens it on "/"). */
export async function startView(em: EntityManager, viewer: Viewer | null): Promise<SavedView | null> {
  const me = requireViewer(viewer);
  return em.findOne(SavedView, { user: me.userId, isStart: true });
}

async function own(em: EntityManager, viewer: Viewer, id: string): Promise<SavedView> {
  const view = await em.findOne(SavedView, { id, user: viewer.userId });
  if (!view) throw notFound(id);
  return view;
}

async function clearStart(em: EntityManager, viewer: Viewer, except: string | null): Promise<void> {
  await em.nativeUpdate(SavedView, { user: viewer.userId, isStart: true, ...(except ? { id: { $ne: except } } : {}) }, { isStart: false });
}

export async function createSavedView(
  em: EntityManager, viewer: Viewer | null, actor: AuditActor, input: SavedViewInput, start: boolean,
): Promise<SavedView> {
  const me = requireViewer(viewer);
  const { name, url } = checked(me, input);
  return em.transactional(async (tx) => {
    if ((await tx.count(SavedView, { user: me.userId })) >= MAX_VIEWS_PER_USER) {
      throw badInput('name', `最多保存 ${MAX_VIEWS_PER_USER} 个视图。At most ${MAX_VIEWS_PER_USER} views can be saved.`);
    }
    if (await tx.findOne(SavedView, { user: me.userId, name })) {
      throw badInput('name', `已有名为“${name}”的视图。A view named "${name}" exists already.`);
    }
    if (start) await clearStart(tx, me, null);
    const at = new Date().toISOString();
    const view = tx.create(SavedView, {
      id: randomUUID(), user: tx.getReference(User, me.userId), name, url, isStart: start, version: 1, createdAt: at, updatedAt: at,
    });
    await tx.flush();
    await audit(tx, { actor, action: 'saved-view/create', entityType: 'saved-view', entityId: view.id, after: auditView(view) });
    return view;
  });
}

/** Renames or re-points a view; STALE_VERSION when it changed since `expectedVersion`. */
export async function updateSavedView(
  em: EntityManager, viewer: Viewer | null, actor: AuditActor, id: string, expectedVersion: number, input: SavedViewInput,
): Promise<SavedView> {
  const me = requireViewer(viewer);
  const { name, url } = checked(me, input);
  return em.transactional(async (tx) => {
    const view = await own(tx, me, id);
    if (view.version !== expectedVersion) {
      throw new AppError(ERROR_CODES.STALE_VERSION, '该视图已在别处修改，请刷新后重试。The view was changed elsewhere: reload and try again.', {
        id, expectedVersion, version: view.version,
      });
    }
    const clash = await tx.findOne(SavedView, { user: me.userId, name, id: { $ne: id } });
    if (clash) throw badInput('name', `已有名为“${name}”的视图。A view named "${name}" exists already.`);
    const before = auditView(view);
    Object.assign(view, { name, url, version: view.version + 1, updatedAt: new Date().toISOString() });
    await tx.flush();
    await audit(tx, { actor, action: 'saved-view/update', entityType: 'saved-view', entityId: id, before, after: auditView(view) });
    return view;
  });
}

/** Makes a view the start page (null: none, the role's default). */
export async function setStartView(em: EntityManager, viewer: Viewer | null, actor: AuditActor, id: string | null): Promise<SavedView | null> {
  const me = requireViewer(viewer);
  return em.transactional(async (tx) => {
    const view = id ? await own(tx, me, id) : null;
    const previous = await tx.findOne(SavedView, { user: me.userId, isStart: true });
    await clearStart(tx, me, id);
    if (view && !view.isStart) {
      view.isStart = true;
      view.updatedAt = new Date().toISOString();
      await tx.flush();
    }
    await audit(tx, {
      actor, action: 'saved-view/start', entityType: 'saved-view', entityId: id ?? previous?.id ?? '',
      before: { start: previous?.name ?? null }, after: { start: view?.name ?? null },
    });
    return view;
  });
}

export async function deleteSavedView(em: EntityManager, viewer: Viewer | null, actor: AuditActor, id: string): Promise<boolean> {
  const me = requireViewer(viewer);
  return em.transactional(async (tx) => {
    const view = await own(tx, me, id);
    const before = auditView(view);
    await tx.nativeDelete(SavedView, { id: view.id });
    await audit(tx, { actor, action: 'saved-view/delete', entityType: 'saved-view', entityId: id, before });
    return true;
  });
}
