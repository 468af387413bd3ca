import type { EntityManager } from '@mikro-orm/core';
import type { Request } from 'express';
import { SESSION_COOKIE } from '../modules/accounts/cookies.js';
import { viewerForToken } from '../modules/accounts/sessions.service.js';
import type { Viewer } from './context.js';

const DEFAULT_IDLE_HOURS = 8;
const COOKIE = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`);

/** The session token of a request: the session cookie, or `Authorization: Bearer <token>`. */
export function tokenFromRequest(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const match = COOKIE.exec(req.headers.cookie ?? '');
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * Who is asking: the session the token stands for (looked up by its SHA-256 hash), unless it has
 * been idle longer than `idleHours` or its user is disabled. Anonymous otherwise.
 */
export async function viewerFromRequest(em: EntityManager, req: Request, idleHours = DEFAULT_IDLE_HOURS): Promise<Viewer | null> {
  const token = tokenFromRequest(req);
  if (!token || token.length > 256) return null;
  return viewerForToken(em, token, idleHours);
}
