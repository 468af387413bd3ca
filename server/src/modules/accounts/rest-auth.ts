import type { MikroORM } from '@mikro-orm/core';
import type { Request, RequestHandler, Response } from 'express';
import { ERROR_CODES } from '../../errors.js';
import type { Role, Viewer } from '../../graphql/context.js';
import { tokenFromRequest } from '../../graphql/viewer.js';
import { sendError } from '../../http/errors.js';
import { isApiToken, viewerForApiToken } from './api-tokens.service.js';
import { viewerForToken } from './sessions.service.js';

/** Headers a cross-site form cannot send: their presence proves the request came from our own page. */
const CSRF_HEADERS = ['x-requested-with', 'apollo-require-preflight'];

export function restViewer(res: Response): Viewer | null {
  return (res.locals.viewer as Viewer | null | undefined) ?? null;
}

function bearer(req: Request): boolean {
  return req.headers.authorization?.startsWith('Bearer ') ?? false;
}

/**
 * Who is asking, for the REST endpoints (/api/…): `Authorization: Bearer` with a session token or a
 * service account's API token, or the session cookie. A cookie-authenticated request that is not a
 * GET must carry `X-Requested-With` (or `apollo-require-preflight`), which a cross-site form cannot:
 * the same CSRF rule Apollo applies to /graphql. A Bearer request needs nothing more.
 */
export function authenticate(orm: MikroORM, idleHours: number): RequestHandler {
  return (req, res, next) => {
    const token = tokenFromRequest(req);
    if (!token || token.length > 256) {
      res.locals.viewer = null;
      next();
      return;
    }
    if (!bearer(req) && req.method !== 'GET' && req.method !== 'HEAD' && !CSRF_HEADERS.some((h) => req.headers[h])) {
      sendError(res, 400, ERROR_CODES.CSRF_HEADER_MISSING,
        '请求缺少 X-Requested-With 头（防跨站请求伪造）。This request needs the X-Requested-With header (cross-site request forgery protection).');
      return;
    }
    const em = orm.em.fork();
    const lookup = bearer(req) && isApiToken(token) ? viewerForApiToken(em, token) : viewerForToken(em, token, idleHours);
    lookup.then((viewer) => {
      res.locals.viewer = viewer;
      next();
    }, next);
  };
}

/** 401 without a (valid) credential, 403 for a role not among `roles`. */
export function requireRoles(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const viewer = restViewer(res);
    if (!viewer) return sendError(res, 401, ERROR_CODES.UNAUTHENTICATED, '请先登录。Please sign in.');
    if (!roles.includes(viewer.role)) {
      return sendError(res, 403, ERROR_CODES.FORBIDDEN, '您无权执行此操作。You are not allowed to do this.');
    }
    next();
  };
}
