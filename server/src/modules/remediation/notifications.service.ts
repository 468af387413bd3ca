import type { EntityManager } from '@mikro-orm/core';
import { requireViewer } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { NotificationRow } from './remediation.entities.js';

const MAX_LIST = 50;

/** The viewer's own notifications, newest first, and how many are unread. */
export async function myNotifications(em: EntityManager, viewer: Viewer | null, first: number): Promise<{ unreadCount: number; items: NotificationRow[] }> {
  const { userId } = requireViewer(viewer);
  const [unreadCount, items] = await Promise.all([
    em.count(NotificationRow, { userId, readAt: null }),
    em.find(NotificationRow, { userId }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: Math.max(1, Math.min(first, MAX_LIST)), disableIdentityMap: true }),
  ]);
  return { unreadCount, items };
}

/** Marks the viewer's notifications read (the given ones, or all); another user's ids change nothing. */
export async function markNotificationsRead(em: EntityManager, viewer: Viewer | null, ids: string[] | null): Promise<number> {
  const { userId } = requireViewer(viewer);
  const where = ids ? { userId, readAt: null, id: { $in: ids.slice(0, 500) } } : { userId, readAt: null };
  return em.nativeUpdate(NotificationRow, where, { readAt: new Date().toISOString() });
}
