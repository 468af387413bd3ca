import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ERROR_CODES } from '../../errors.js';
import { operationCost } from './cost.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** graphql-js `parse({ maxTokens })`: the parser stops reading a longer document. */
  maxTokens: number;
  /** Per operation, see timeout.ts. */
  timeoutMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2000,
  timeoutMs: 10_000,
};

type Limit = 'depth' | 'cost' | 'aliases' | 'directives';

const SENTENCES: Record<Limit, (actual: number, max: number) => string> = {
  depth: (a, m) => `查询嵌套过深（${a} 层，最多 ${m} 层）。The query is nested too deeply (${a} levels, at most ${m}).`,
  cost: (a, m) => `查询过于庞大（估算 ${a}，上限 ${m}），请减少字段或分页。The query is too large (estimated cost ${a}, at most ${m}): select fewer fields or page.`,
  aliases: (a, m) => `别名过多（${a} 个，最多 ${m} 个）。Too many aliases (${a}, at most ${m}).`,
  directives: (a, m) => `指令过多（${a} 个，最多 ${m} 个）。Too many directives (${a}, at most ${m}).`,
};

function report(context: ValidationContext, limit: Limit, actual: number, max: number): void {
  context.reportError(
    new GraphQLError(SENTENCES[limit](actual, max), { extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX, limit, max, actual } }),
  );
}

/** graphql-armor reports its finding in English ("…limit of 10 exceeded, found 11."): ours says it in both languages. */
function rejectWith(limit: Limit, max: number) {
  return {
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const actual = Number(/found (\d+)/.exec(error.message)?.[1] ?? max + 1);
        if (context) report(context, limit, actual, max);
      },
    ],
  };
}

/**
 * The cost estimate stays ours: graphql-armor's cost limit reads the document without the schema, so
 * it cannot see that a field is a list (a ranking's rows, a trend's periods) unless the query passes
 * `first`, and prices a 60-period trend like one scorecard. Ours multiplies by list sizes (cost.ts).
 */
function costRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const actual = operationCost(context, operation);
      if (actual > max) report(context, 'cost', actual, max);
    },
  });
}

/**
 * Depth, alias and directive limits (graphql-armor) and the cost limit (ours) as graphql-js
 * validation rules (ApolloServer `validationRules`). The token limit is graphql-js's own parser option
 * and field suggestions are hidden by Apollo in production (see index.ts), so those two armor
 * protections are off.
 */
export function limitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { ...rejectWith('depth', limits.maxDepth), flattenFragments: true, ignoreIntrospection: true },
    maxAliases: rejectWith('aliases', limits.maxAliases),
    maxDirectives: rejectWith('directives', limits.maxDirectives),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return [...armor.protect().validationRules, costRule(limits.maxCost)];
}
