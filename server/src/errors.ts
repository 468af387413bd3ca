import { GraphQLError } from 'graphql';
import type { TextLocale } from '@scorecard/shared';

/**
 * Stable error codes. The client translates them; the message is a sentence for people.
 * Domain code throws AppError; the GraphQL edge turns it into a GraphQLError with
 * `extensions.code` (see graphql/format-error.ts). Anything else is masked.
 */
export const ERROR_CODES = {
  PERIOD_NOT_FOUND: 'PERIOD_NOT_FOUND',
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  INDICATOR_NOT_FOUND: 'INDICATOR_NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  LOGIN_FAILED: 'LOGIN_FAILED',
  LOGIN_LOCKED: 'LOGIN_LOCKED',
  STALE_VERSION: 'STALE_VERSION',
  IMPORT_REJECTED: 'IMPORT_REJECTED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  /** HTTP edge (http/errors.ts): the request itself could not be read. */
  MALFORMED_JSON: 'MALFORMED_JSON',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_CHARSET: 'UNSUPPORTED_CHARSET',
  UNSUPPORTED_ENCODING: 'UNSUPPORTED_ENCODING',
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  /** The demo city is still being loaded (by this or another process): nothing is scored until it is complete. */
  DATA_LOADING: 'DATA_LOADING',
  SCHEME_NOT_FOUND: 'SCHEME_NOT_FOUND',
  /** A scheme version used by a publication (or version 1) is read-only. */
  SCHEME_FROZEN: 'SCHEME_FROZEN',
  PUBLICATION_NOT_FOUND: 'PUBLICATION_NOT_FOUND',
  /** An upload that is not a CSV or .xlsx raw-data file, or names a path. */
  UNSUPPORTED_FILE: 'UNSUPPORTED_FILE',
  /** A cookie-authenticated request that changes something without the X-Requested-With header. */
  CSRF_HEADER_MISSING: 'CSRF_HEADER_MISSING',
  REMEDIATION_NOT_FOUND: 'REMEDIATION_NOT_FOUND',
  APPEAL_NOT_FOUND: 'APPEAL_NOT_FOUND',
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  /** The action is not allowed in the item's (or appeal's) current state. */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The 5 working days after the publication have passed. */
  APPEAL_WINDOW_CLOSED: 'APPEAL_WINDOW_CLOSED',
  /** An upload refused: too large, a type not accepted, a bad name. */
  FILE_REJECTED: 'FILE_REJECTED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function toGraphQLError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
}

/** An operation ran past its deadline (graphql/limits/timeout.ts, db/statement-checkpoint.ts). */
export function queryTimeoutError(ms: number): AppError {
  return new AppError(
    ERROR_CODES.QUERY_TIMEOUT,
    `查询超时（${ms / 1000} 秒）。The query took longer than ${ms / 1000} s.`,
  );
}

/**
 * Messages are written as one Chinese sentence (or several) followed by its English version:
 * `单位「X」不在该排名范围内。Unit "X" is not in this ranking scope.` The split is at the first full stop
 * (。！？) that is directly followed by Latin text; a message without one is the same in both languages.
 */
const BILINGUAL_BOUNDARY = /[。！？](?=\s*[A-Za-z0-9"“'([])/u;
const CJK = /[\u3400-\u9fff]/u;

export interface Bilingual {
  zh: string;
  en: string;
}

export function splitBilingual(message: string): Bilingual {
  const match = BILINGUAL_BOUNDARY.exec(message);
  if (!match || !CJK.test(message.slice(0, match.index))) return { zh: message, en: message };
  const cut = match.index + match[0].length;
  return { zh: message.slice(0, cut).trim(), en: message.slice(cut).trim() };
}

/** The message in one language: what a client that asked for `locale` is sent (both stay in the log); null = both. */
export function localizedMessage(message: string, locale: TextLocale | null): string {
  if (!locale) return message;
  const { zh, en } = splitBilingual(message);
  return locale === 'en' ? en : zh;
}
