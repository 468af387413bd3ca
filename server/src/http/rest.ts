import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors.js';
import { sendError } from './errors.js';

/** An error a REST handler may throw on purpose: it becomes its status, code and sentence. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ERROR_CODES.UNAUTHENTICATED]: 401,
  [ERROR_CODES.FORBIDDEN]: 403,
  [ERROR_CODES.NOT_FOUND]: 404,
  [ERROR_CODES.PERIOD_NOT_FOUND]: 404,
  [ERROR_CODES.UNIT_NOT_FOUND]: 404,
  [ERROR_CODES.INDICATOR_NOT_FOUND]: 404,
  [ERROR_CODES.SCHEME_NOT_FOUND]: 404,
  [ERROR_CODES.PUBLICATION_NOT_FOUND]: 404,
  [ERROR_CODES.USER_NOT_FOUND]: 404,
  [ERROR_CODES.BAD_USER_INPUT]: 400,
  [ERROR_CODES.DATA_LOADING]: 503,
  [ERROR_CODES.QUERY_TIMEOUT]: 503,
};

/**
 * An async REST handler whose errors are answered like the rest of the edge: an AppError or
 * HttpError with its code and sentence (never a stack); anything else goes to the error handler
 * (logged with the request id, answered INTERNAL_SERVER_ERROR).
 */
export function rest(handler: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) return sendError(res, err.status, err.code, err.message);
      if (err instanceof AppError) return sendError(res, STATUS_OF[err.code] ?? 400, err.code, err.message);
      next(err);
    });
  };
}

/** A query-string value as one string (Express may give an array for a repeated key). */
export function queryString(req: Request, name: string): string | null {
  const v = req.query[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s !== '' ? s.slice(0, 200) : null;
}

/** `attachment; filename*=UTF-8''…` with an ASCII fallback (RFC 6266). */
export function attachment(res: Response, fileName: string, type: string): void {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  res.setHeader('content-type', type);
  res.setHeader('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader('cache-control', 'private, no-store');
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
