import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ERROR_CODES, localizedMessage, splitBilingual, type ErrorCode } from '../errors.js';
import { requestedLocale } from './locale.js';
import { logger } from '../logger.js';

/**
 * Errors of the HTTP edge as GraphQL-style JSON (`{ errors: [{ message, extensions: { code } }] }`),
 * never Express's HTML page: no stack, no file path, nothing of the request echoed back.
 */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const requestId = String(res.locals.requestId ?? '-');
  // In the language the request asks for (both when it names none); the log keeps both.
  const { zh, en } = splitBilingual(message);
  logger.info({ requestId, code, messageZh: zh, messageEn: en }, 'HTTP error sent');
  const text = localizedMessage(message, requestedLocale(res.req?.headers));
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message: text, extensions: { code, requestId } }] }));
}

interface BodyError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** body-parser's error types (express.json) → status, code and a sentence for people. */
const BODY_ERRORS: Record<string, [number, ErrorCode, string]> = {
  'entity.parse.failed': [
    400,
    ERROR_CODES.MALFORMED_JSON,
    '请求体不是有效的 JSON。The request body is not valid JSON.',
  ],
  'entity.too.large': [413, ERROR_CODES.PAYLOAD_TOO_LARGE, '请求体超过 1 MB。The request body is larger than 1 MB.'],
  'charset.unsupported': [
    415,
    ERROR_CODES.UNSUPPORTED_CHARSET,
    '请求体必须使用 UTF-8 编码。The request body must be UTF-8 (charset=utf-8).',
  ],
  'encoding.unsupported': [
    415,
    ERROR_CODES.UNSUPPORTED_ENCODING,
    '不支持该 Content-Encoding，请使用 gzip、deflate、br 或不压缩。Unsupported Content-Encoding: send gzip, deflate, br or none.',
  ],
};

const UNREADABLE = '无法读取请求。The request could not be read.';

/**
 * The last error handler of the app. A body the parser refused (malformed JSON, over 1 MB, another
 * charset, an unknown or corrupt content-encoding) gets its own code; any other client error is
 * BAD_REQUEST; anything else is logged with the request id and answered INTERNAL_SERVER_ERROR.
 */
export const errorHandler: ErrorRequestHandler = (err: unknown, req: Request, res: Response, _next) => {
  const { type, status, statusCode } = (err ?? {}) as BodyError;
  const known = type ? BODY_ERRORS[type] : undefined;
  if (known) return sendError(res, known[0], known[1], known[2]);
  const httpStatus = status ?? statusCode ?? 500;
  if (httpStatus >= 400 && httpStatus < 500) return sendError(res, httpStatus, ERROR_CODES.BAD_REQUEST, UNREADABLE);
  const requestId = String(res.locals.requestId ?? '-');
  logger.error(
    { err, requestId, method: req.method, path: req.path.slice(0, 200) },
    'unexpected error in HTTP request',
  );
  sendError(
    res,
    500,
    ERROR_CODES.INTERNAL,
    `服务器内部错误，请联系管理员并提供请求编号 ${requestId}。Internal error (request ${requestId}).`,
  );
};

/** After every route: an unknown path or method is a JSON 404 (GETs of client routes never get here). */
export const notFound: RequestHandler = (_req, res) => {
  sendError(res, 404, ERROR_CODES.NOT_FOUND, '没有这个地址。There is nothing at this address.');
};
