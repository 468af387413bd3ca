import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const storage = new AsyncLocalStorage<string>();
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each request an id (the caller's `x-request-id` when it is a plain token, else a UUID),
 * echoes it in the response header and keeps it for the rest of the request: Apollo's formatError
 * has no context, so masked errors read it from here (`currentRequestId`). Mount after the body
 * parser so the whole GraphQL request runs inside it.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  storage.run(id, next);
}

export function currentRequestId(): string {
  return storage.getStore() ?? '-';
}
