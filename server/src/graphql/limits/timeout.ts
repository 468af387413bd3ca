import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { queryTimeoutError } from '../../errors.js';
import { currentRequestScope } from '../../http/request-id.js';

interface Deadline {
  expired: Promise<never>;
  clear(): void;
}

/** The running operation's deadline, keyed by its context object. */
const deadlines = new WeakMap<object, Deadline>();

function startDeadline(ms: number): Deadline {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(queryTimeoutError(ms));
    }, ms);
    timer.unref();
  });
  expired.catch(() => undefined); // nobody may be waiting when it fires
  return { expired, clear: () => clearTimeout(timer) };
}

/**
 * Starts a deadline when an operation starts executing. Two halves: the response goes out at the
 * deadline (`withRootFieldDeadlines`), and the work stops there too — the request's scope carries the
 * deadline, and db/statement-checkpoint.ts refuses every later statement of the request.
 */
export function queryTimeoutPlugin(ms: number): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          const deadline = startDeadline(ms);
          deadlines.set(contextValue, deadline);
          const scope = currentRequestScope();
          if (scope) scope.deadline = { at: Date.now() + ms, ms };
          return { executionDidEnd: async () => deadline.clear() };
        },
        async willSendResponse({ contextValue }) {
          deadlines.get(contextValue)?.clear();
        },
      };
    },
  };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Makes every root Query/Mutation field answer QUERY_TIMEOUT once the operation's deadline passes,
 * so the response goes out in time. graphql-js cannot cancel a running resolver; its next SQL
 * statement is refused (db/statement-checkpoint.ts), so its work stops there and an open transaction
 * rolls back. A mutation that was committed before the deadline stays committed.
 */
export function withRootFieldDeadlines(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: object, info) => {
        const result: unknown = resolve(source, args, context, info);
        const deadline = deadlines.get(context);
        return deadline && isPromiseLike(result) ? Promise.race([result, deadline.expired]) : result;
      };
    }
  }
  return schema;
}
