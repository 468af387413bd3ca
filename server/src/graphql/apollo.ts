import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config.js';
import { ERROR_CODES } from '../errors.js';
import { currentLocale, currentRequestId } from '../http/request-id.js';
import type { Services } from '../services.js';
import type { GraphQLContext, Viewer } from './context.js';
import { FAST_VIEWER } from './fast-path/middleware.js';
import { formatError } from './format-error.js';
import { DEFAULT_QUERY_LIMITS, hardening, withLimitCode, withRootFieldDeadlines } from './limits/index.js';
import type { ResponseCache } from './response-cache.js';
import { buildApiSchema } from './schema.js';
import { viewerFromRequest } from './viewer.js';

/** Seconds a client is asked to wait while the demo city is still loading. */
const RETRY_AFTER_SECONDS = 30;

/** DATA_LOADING is an answer of the whole service, not of one field: 503 with Retry-After. */
function unavailableWhileLoading(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.some((e) => e.extensions?.code === ERROR_CODES.DATA_LOADING)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * The started Apollo server: the schema with root-field deadlines, CSRF prevention, no batching, no
 * landing page, introspection outside production only, the limits of graphql/limits, masked errors
 * (format-error.ts) and the response cache's plugin.
 */
export async function startApollo(httpServer: http.Server, config: AppConfig, responseCache: ResponseCache): Promise<ApolloServer<GraphQLContext>> {
  const hardened = hardening(config.production, { ...DEFAULT_QUERY_LIMITS, timeoutMs: config.queryTimeoutMs });
  const apollo = new ApolloServer<GraphQLContext>({
    schema: withRootFieldDeadlines(await buildApiSchema()),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => withLimitCode(formatError(formatted, error, currentRequestId(), currentLocale())),
    validationRules: hardened.validationRules,
    parseOptions: hardened.parseOptions,
    hideSchemaDetailsFromClientErrors: hardened.hideSchemaDetailsFromClientErrors,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ...hardened.plugins,
      responseCache.plugin(), unavailableWhileLoading(),
    ],
  });
  await apollo.start();
  return apollo;
}

/** One context per request, built at most once (Apollo may ask for it more than once). */
export function contextFactory(orm: MikroORM, services: Services) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
    const built = res.locals.graphqlContext as Promise<GraphQLContext> | undefined;
    if (built) return built;
    const em = orm.em.fork();
    // The fast path has already authenticated this request when it looked for a cached answer.
    const known = res.locals[FAST_VIEWER] as Viewer | undefined;
    const viewer = known ? Promise.resolve(known) : viewerFromRequest(em, req, services.config.sessionIdleHours);
    const context = viewer.then((viewer) => ({
      em, viewer, services, requestId: String(res.locals.requestId), ip: req.ip ?? '', req, res,
    }));
    res.locals.graphqlContext = context;
    return context;
  };
}
