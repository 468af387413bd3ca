import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { AppError, ERROR_CODES, queryTimeoutError } from '../errors.js';
import { formatError } from './format-error.js';

const formatted = { message: 'raw', path: ['ranking'] };
// As graphql-js reports a resolver's error: with the field's path (Apollo unwraps only those).
const inResolver = (original: Error) => new GraphQLError('raw', { originalError: original, path: ['ranking'] });

describe('formatError', () => {
  test('an AppError thrown under an ORM query keeps its code (MikroORM wraps it in a DriverException)', () => {
    const wrapped = new DriverException(queryTimeoutError(50));
    expect(formatError(formatted, inResolver(wrapped))).toEqual({
      message: '查询超时（0.05 秒）。The query took longer than 0.05 s.',
      path: ['ranking'],
      extensions: { code: ERROR_CODES.QUERY_TIMEOUT },
    });
    const withDetails = new DriverException(new AppError(ERROR_CODES.PERIOD_NOT_FOUND, 'no', { period: '2023-13' }));
    expect(formatError(formatted, inResolver(withDetails)).extensions).toEqual({ code: 'PERIOD_NOT_FOUND', period: '2023-13' });
  });

  test('a database error stays masked', () => {
    const sql = Object.assign(new Error('SQLITE_ERROR: no such table: secrets'), { code: 'SQLITE_ERROR' });
    const out = formatError(formatted, inResolver(new DriverException(sql)), 'req-1');
    expect(out.extensions).toEqual({ code: ERROR_CODES.INTERNAL, requestId: 'req-1' });
    expect(out.message).not.toContain('secrets');
  });

  test("Apollo's own wrapper of an unexpected error (context creation) is masked, not passed on", () => {
    // What Apollo makes of an error thrown while building the context: a GraphQLError coded
    // INTERNAL_SERVER_ERROR whose message quotes the original, SQL included.
    const wrapper = new GraphQLError('Context creation failed: insert into "sessions" values (\'secret\')', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const out = formatError({ message: wrapper.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapper, 'req-2');
    expect(out.extensions).toEqual({ code: ERROR_CODES.INTERNAL, requestId: 'req-2' });
    expect(out.message).not.toContain('sessions');
  });
});
