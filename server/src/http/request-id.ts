import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { TextLocale } from '@scorecard/shared';
import { requestedLocale } from './locale.js';

/** What the code running for one HTTP request can learn about it without being handed it. */
export interface RequestScope {
  requestId: string;
  /** The language the request asks for (http/locale.ts): error messages are sent in it; null = both. */
  locale?: TextLocale | null;
  /** When work for this request stops (epoch ms) and the limit it came from (graphql/limits/timeout.ts sets it). */
  deadline?: { at: number; ms: number };
}

const storage = new AsyncLocalStorage<RequestScope>();
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each request an id (the caller's `x-request-id` when it is a plain token, else a UUID) and
 * echoes it in the response header. Mounted first, so even a body the parser refuses has one.
 */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
}

/**
 * Runs the rest of the request inside its scope: log lines carry the request id (logger.ts), and
 * Apollo's formatError, which has no context, reads it from here. Mount after the body parser: the
 * parser's stream callbacks would otherwise run outside the scope.
 */
export function enterRequestScope(req: Request, res: Response, next: NextFunction): void {
  storage.run({ requestId: String(res.locals.requestId ?? randomUUID()), locale: requestedLocale(req.headers) }, next);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

export function currentRequestId(): string {
  return storage.getStore()?.requestId ?? '-';
}

/** The language the current request asks for; null when it names none (or outside a request). */
export function currentLocale(): TextLocale | null {
  return storage.getStore()?.locale ?? null;
}
