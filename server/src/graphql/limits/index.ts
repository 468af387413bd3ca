import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, ValidationRule } from 'graphql';
import { ERROR_CODES } from '../../errors.js';
import { DEFAULT_QUERY_LIMITS, limitRules, type QueryLimits } from './rules.js';
import { queryTimeoutPlugin } from './timeout.js';

export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './rules.js';
export { withRootFieldDeadlines } from './timeout.js';
export { guardArguments } from './arguments.js';

export interface HardeningOptions {
  validationRules: ValidationRule[];
  parseOptions: NonNullable<ApolloServerOptions<object>['parseOptions']>;
  /** Strips "Did you mean …?" from validation errors. */
  hideSchemaDetailsFromClientErrors: boolean;
  plugins: ApolloServerPlugin<object>[];
}

/**
 * The ApolloServer options that harden the API (spread them into the constructor): depth, alias and
 * directive limits (graphql-armor), the cost limit, a token limit for the parser, a per-operation
 * timeout, no schema hints in production. Batched HTTP requests, CSRF prevention, introspection and
 * error masking are set in graphql/apollo.ts; argument sizes and NUL characters are checked before
 * Apollo (guardArguments).
 */
export function hardening(production: boolean, limits: QueryLimits = DEFAULT_QUERY_LIMITS): HardeningOptions {
  return {
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    hideSchemaDetailsFromClientErrors: production,
    plugins: [queryTimeoutPlugin(limits.timeoutMs)],
  };
}

/** Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED; ours keep their own code. */
export function withLimitCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (typeof formatted.extensions?.limit !== 'string') return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: ERROR_CODES.QUERY_TOO_COMPLEX } };
}
