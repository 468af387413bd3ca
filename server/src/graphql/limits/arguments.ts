import type { RequestHandler } from 'express';
import { ERROR_CODES } from '../../errors.js';
import { sendError } from '../../http/errors.js';

/** The longest operation text accepted (the client's longest is under 1,000 characters). */
export const MAX_QUERY_CHARS = 20_000;
/** The longest string any argument may carry; each column's own limit is checked by the services (db/column-limits.ts). */
export const MAX_ARGUMENT_CHARS = 10_000;
const MAX_DEPTH = 20;

/** In the operation text (and JSON text), an escape of NUL counts too. */
const ESCAPED_NUL = /\\u(?:0000|\{0+\})/i;

function hasNul(text: string, isQuery: boolean): boolean {
  return text.includes('\u0000') || (isQuery && ESCAPED_NUL.test(text));
}

/** A path for the message: only plain names, cut short (the names are the caller's). */
function label(path: string): string {
  const safe = path.replace(/[^\w.$[\]-]/g, '?');
  return safe.length > 80 ? `${safe.slice(0, 80)}…` : safe;
}

type Problem = { path: string; kind: 'nul' | 'long' };

function findProblem(value: unknown, path: string, depth: number): Problem | null {
  if (typeof value === 'string') {
    const query = path === 'query';
    // A GET request carries its variables as JSON text, where NUL is written as an escape too.
    if (hasNul(value, query || path === 'variables')) return { path, kind: 'nul' };
    const max = query ? MAX_QUERY_CHARS : MAX_ARGUMENT_CHARS;
    return value.length > max ? { path, kind: 'long' } : null;
  }
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const inner = path === 'variables' ? `$${key}` : path ? `${path}.${key}` : key;
    const problem = findProblem(v, inner, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * Before anything parses or echoes them: refuses a GraphQL request whose operation text or any
 * argument holds a NUL character (no text column of either database can store one: SQLite reads an
 * unrecognized token, PostgreSQL an invalid message) or is longer than any field needs. graphql-js
 * repeats a refused variable's value in its error message, so a 900 KB argument would come back
 * three times over; here the caller gets the argument's name only.
 */
export const guardArguments: RequestHandler = (req, res, next) => {
  const problem = findProblem(req.method === 'GET' ? req.query : req.body, '', 0);
  if (!problem) return next();
  const where = label(problem.path);
  if (problem.kind === 'nul') {
    return sendError(res, 400, ERROR_CODES.BAD_USER_INPUT,
      `参数 ${where} 含有 NUL 字符（\\u0000），无法保存。Argument ${where} contains a NUL character (\\u0000), which cannot be stored.`);
  }
  const max = problem.path === 'query' ? MAX_QUERY_CHARS : MAX_ARGUMENT_CHARS;
  sendError(res, 400, ERROR_CODES.BAD_USER_INPUT,
    `参数 ${where} 过长（最多 ${max} 个字符）。Argument ${where} is too long (at most ${max} characters).`);
};
