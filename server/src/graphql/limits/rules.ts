import { GraphQLError, type ValidationRule } from 'graphql';
import { ERROR_CODES } from '../../errors.js';
import { analyzeOperation, type OperationMetrics } from './analyze.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** graphql-js `parse({ maxTokens })`: the parser stops reading a longer document. */
  maxTokens: number;
  /** Per operation, see timeout.ts. */
  timeoutMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 2000,
  timeoutMs: 10_000,
};

type Limit = 'depth' | 'cost' | 'aliases';

const SENTENCES: Record<Limit, (actual: number, max: number) => string> = {
  depth: (a, m) => `查询嵌套过深（${a} 层，最多 ${m} 层）。The query is nested too deeply (${a} levels, at most ${m}).`,
  cost: (a, m) => `查询过于庞大（估算 ${a}，上限 ${m}），请减少字段或分页。The query is too large (estimated cost ${a}, at most ${m}): select fewer fields or page.`,
  aliases: (a, m) => `别名过多（${a} 个，最多 ${m} 个）。Too many aliases (${a}, at most ${m}).`,
};

function limitRule(limit: Limit, max: number, measure: (m: OperationMetrics) => number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const actual = measure(analyzeOperation(context, operation));
      if (actual > max) {
        context.reportError(
          new GraphQLError(SENTENCES[limit](actual, max), {
            nodes: [operation],
            extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX, limit, max, actual },
          }),
        );
      }
    },
  });
}

/** Depth, cost and alias limits as graphql-js validation rules (ApolloServer `validationRules`). */
export function limitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  return [
    limitRule('depth', limits.maxDepth, (m) => m.depth),
    limitRule('cost', limits.maxCost, (m) => m.cost),
    limitRule('aliases', limits.maxAliases, (m) => m.aliases),
  ];
}
