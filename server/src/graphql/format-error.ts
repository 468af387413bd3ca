import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException } from '@mikro-orm/core';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import type { TextLocale } from '@scorecard/shared';
import { AppError, ERROR_CODES, localizedMessage, splitBilingual } from '../errors.js';
import { logger } from '../logger.js';

/**
 * Codes that graphql-js and Apollo produce for bad requests: safe to show as they are. Not
 * INTERNAL_SERVER_ERROR: Apollo gives that code to its own wrappers of unexpected errors ("Context
 * creation failed: <the error's message>", which can quote SQL), so it is always masked.
 */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(ERROR_CODES).filter((c) => c !== ERROR_CODES.INTERNAL),
]);

const APP_CODES = new Set<string>(Object.values(ERROR_CODES));

/**
 * An AppError, also when MikroORM wrapped it: an error thrown under an ORM query (the statement
 * checkpoint's QUERY_TIMEOUT, db/statement-checkpoint.ts) reaches us as a DriverException that copied
 * its fields — `code`, `details` — but is no AppError any more. Database errors have their own codes,
 * never one of ours.
 */
function appErrorOf(original: unknown): AppError | null {
  if (original instanceof AppError) return original;
  if (original instanceof DriverException && typeof original.code === 'string' && APP_CODES.has(original.code)) {
    const details = (original as unknown as { details?: Record<string, unknown> }).details;
    return new AppError(original.code as AppError['code'], original.message, details ?? {});
  }
  return null;
}

/** Longest message and extension value sent: graphql-js quotes refused values in its messages. */
const MAX_MESSAGE = 500;
const MAX_EXTENSION = 200;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** No error repeats more than a short prefix of what the caller sent. */
function clipped(error: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = error.extensions
    ? Object.fromEntries(
        Object.entries(error.extensions).map(([k, v]) => [k, typeof v === 'string' ? clip(v, MAX_EXTENSION) : v]),
      )
    : undefined;
  return { ...error, message: clip(error.message, MAX_MESSAGE), ...(extensions ? { extensions } : {}) };
}

/**
 * Masks every error that is not a known, user-facing one: no stack, SQL or file path leaves the
 * server. The detail goes to the log with the request id the user can quote.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId = '-',
  locale: TextLocale | null = null,
): GraphQLFormattedError {
  const result = masked(formatted, error, requestId);
  // The code is stable; the sentence goes out in the language asked for, and the log keeps both.
  const { zh, en } = splitBilingual(result.message);
  logger.info({ requestId, code: result.extensions?.code, messageZh: zh, messageEn: en }, 'GraphQL error sent');
  return clipped({ ...result, message: localizedMessage(result.message, locale) });
}

function masked(formatted: GraphQLFormattedError, error: unknown, requestId: string): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path;
  const app = appErrorOf(original);
  if (app) return { message: app.message, path, extensions: { code: app.code, ...app.details } };
  if (original instanceof AuthenticationError) {
    return { message: '请先登录。Please sign in.', path, extensions: { code: ERROR_CODES.UNAUTHENTICATED } };
  }
  if (original instanceof AuthorizationError) {
    return {
      message: '您无权查看此内容。You are not allowed to see this.',
      path,
      extensions: { code: ERROR_CODES.FORBIDDEN },
    };
  }
  const code = formatted.extensions?.code;
  if (
    typeof code === 'string' &&
    CLIENT_ERROR_CODES.has(code) &&
    !(original instanceof Error && !(original instanceof GraphQLError))
  ) {
    const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path, extensions };
  }
  logger.error({ requestId, err: original }, 'unexpected error in GraphQL request');
  return {
    message: `服务器内部错误，请联系管理员并提供请求编号 ${requestId}。Internal error (request ${requestId}).`,
    path,
    extensions: { code: ERROR_CODES.INTERNAL, requestId },
  };
}
