import type { NextFunction, Request, Response } from 'express';
import { hashToken, sessionState } from '../../modules/accounts/sessions.service.js';
import type { Services } from '../../services.js';
import type { Viewer } from '../context.js';
import type { ResponseCache } from '../response-cache.js';
import { tokenFromRequest } from '../viewer.js';
import type { FastLookup, FastLookupReader } from './lookup.js';

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** res.locals key under which the fast path hands an already-authenticated viewer to the GraphQL context. */
export const FAST_VIEWER = 'fastViewer';

/**
 * The viewer of a looked-up session, when the fast path may serve it without writing anything: the
 * session is `valid` by sessions.service's one rule (`sessionState`). An expired session (the full
 * path deletes it), a disabled user, or a session due for its `last_seen_at` slide (the full path
 * writes it) goes through Apollo and viewerForToken instead.
 */
export function usableViewer(session: FastLookup['session'], idleHours: number, now: number): Viewer | null {
  if (!session || sessionState(session, idleHours, now) !== 'valid') return null;
  return { userId: session.userId, username: session.username, role: session.role, unitCode: session.unitCode, sessionId: session.id };
}

/**
 * Apollo's CSRF prevention lets a POST through without a preflight header only when its
 * content-type is not one a browser may send cross-origin without a preflight. The fast path takes
 * only `application/json` bodies (which express.json parsed) and leaves everything else to Apollo,
 * so Apollo itself refuses the simple requests, exactly as before.
 */
function jsonPost(req: Request): GraphQLBody | null {
  if (req.method !== 'POST' || !req.is('application/json')) return null;
  const body = req.body as GraphQLBody | undefined;
  return body && typeof body.query === 'string' ? body : null;
}

function acceptsGzip(req: Request): boolean {
  return req.acceptsEncodings('gzip', 'identity') === 'gzip';
}

/**
 * In front of Apollo: answers a cached query for an authenticated viewer without building a
 * GraphQL context or an ORM fork, or lets Apollo answer and keeps the answer. Every request still
 * reads its session from the database (one prepared statement, together with the data version), so
 * a logout, an expiry or a disabled user takes effect on the next request in every process. The key
 * holds the viewer's role and unit (a UNIT user never gets a leader's entry), the request's Accept
 * header (Apollo picks the response content type from it), and the scheme and data versions (an
 * import through any process changes the key everywhere). Validation (depth, cost, aliases) needs
 * no re-run: an entry exists only because Apollo validated and executed the same text without errors.
 */
export function fastPath(cache: ResponseCache, reader: FastLookupReader, services: Services) {
  const idleHours = services.config.sessionIdleHours;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const body = jsonPost(req);
      if (!body || !cache.cacheableText(body.query as string)) return next();
      const token = tokenFromRequest(req);
      if (!token || token.length > 256) return next();
      const lookup = await reader.read(hashToken(token));
      const viewer = usableViewer(lookup.session, idleHours, Date.now());
      // No data version (a bulk load is incomplete): Apollo answers DATA_LOADING.
      if (!viewer || lookup.dataVersion === null) return next();
      res.locals[FAST_VIEWER] = viewer;
      const key = JSON.stringify([
        body.query, body.variables ?? null, body.operationName ?? null, req.headers.accept ?? '',
        viewer.role, viewer.unitCode, services.scoring.versionKey(lookup.dataVersion),
      ]);
      const hit = cache.get(key);
      if (!hit) {
        cache.captureInto(key, res);
        return next();
      }
      const zipped = hit.gzipped && acceptsGzip(req) ? hit.gzipped : null;
      res.statusCode = 200;
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      if (zipped) {
        res.setHeader('content-encoding', 'gzip');
        res.setHeader('vary', 'Accept-Encoding');
      }
      const out = zipped ?? hit.body;
      res.setHeader('content-length', out.length);
      res.end(out);
    } catch (err) {
      next(err);
    }
  };
}
