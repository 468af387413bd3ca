import type { EntityManager } from '@mikro-orm/core';
import type { Request } from 'express';
import type { Viewer } from './context.js';

/** The session token of a request: the session cookie, or `Authorization: Bearer <token>`. */
export function tokenFromRequest(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookies = req.headers.cookie ?? '';
  const match = /(?:^|;\s*)scorecard_session=([^;]+)/.exec(cookies);
  return match ? decodeURIComponent(match[1]) : null;
}

/** Who is asking: replaced by the accounts module's session lookup. */
export async function viewerFromRequest(_em: EntityManager, _req: Request): Promise<Viewer | null> {
  return null;
}
