import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { MikroORM } from '@mikro-orm/core';
import express from 'express';
import type { AppConfig } from './config.js';
import type { GraphQLContext, Viewer } from './graphql/context.js';
import { formatError } from './graphql/format-error.js';
import { currentRequestId, hardening, requestIdMiddleware, withLimitCode, withRootFieldDeadlines } from './graphql/limits/index.js';
import { FAST_VIEWER, fastPath } from './graphql/fast-path/middleware.js';
import { FastLookupReader } from './graphql/fast-path/lookup.js';
import { ResponseCache } from './graphql/response-cache.js';
import { buildApiSchema } from './graphql/schema.js';
import { viewerFromRequest } from './graphql/viewer.js';
import { logger } from './logger.js';
import { RankingWarmer } from './modules/scoring/warm-up.js';
import { createServices, type Services } from './services.js';

export interface RunningApp {
  url: string;
  port: number;
  services: Services;
  /** Null when config.warmUp is off. */
  warmer: RankingWarmer | null;
  close(): Promise<void>;
}

const BODY_LIMIT = '1mb';

/** Builds the HTTP server: GraphQL at /graphql, the built client at /, health at /healthz. */
export async function startApp(orm: MikroORM, config: AppConfig): Promise<RunningApp> {
  const services = createServices(orm, config);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const schema = withRootFieldDeadlines(await buildApiSchema());
  const hardened = hardening(config.production);
  const responseCache = new ResponseCache();

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => withLimitCode(formatError(formatted, error, currentRequestId())),
    validationRules: hardened.validationRules,
    parseOptions: hardened.parseOptions,
    hideSchemaDetailsFromClientErrors: hardened.hideSchemaDetailsFromClientErrors,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ...hardened.plugins,
      responseCache.plugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  if (!config.production) {
    // A self-contained GraphiQL (no CDN) for developers; production has none.
    app.get('/graphql', (req, res, next) => {
      if (!req.accepts('html') || req.query.query) return next();
      res.type('html').send(renderGraphiQL({ title: '智慧考评 GraphQL', endpoint: '/graphql' } as never));
    });
  }

  // One context per request, built at most once (Apollo may ask for it more than once).
  const contextFor = async (req: express.Request, res: express.Response): Promise<GraphQLContext> => {
    const built = res.locals.graphqlContext as Promise<GraphQLContext> | undefined;
    if (built) return built;
    const em = orm.em.fork();
    // The fast path has already authenticated this request when it looked for a cached answer.
    const known = res.locals[FAST_VIEWER] as Viewer | undefined;
    const viewer = known ? Promise.resolve(known) : viewerFromRequest(em, req, config.sessionIdleHours);
    const context = viewer.then((viewer) => ({
      em, viewer, services, requestId: String(res.locals.requestId), ip: req.ip ?? '', req, res,
    }));
    res.locals.graphqlContext = context;
    return context;
  };

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    requestIdMiddleware,
    fastPath(responseCache, new FastLookupReader(orm), services),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res) }),
  );

  // The built client. Checked per request, not once at start, so a rebuild of client/dist while
  // the server runs never leaves it answering 404s.
  const indexHtml = join(config.clientDist, 'index.html');
  app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz).*/, (_req, res) => {
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type('html')
        .send('<!doctype html><meta charset="utf-8"><title>智慧考评</title><p>客户端尚未构建。The client is not built: run <code>npm run build</code>.</p>');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} is already in use: stop the other server or set PORT to a free port.`)
          : err,
      );
    });
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  logger.info({ url }, 'server listening');
  // After listen: requests are served while the latest periods are computed (modules/scoring/warm-up.ts).
  const warmer = config.warmUp ? new RankingWarmer(orm, services.scoring) : null;
  warmer?.start();
  return {
    url,
    port,
    services,
    warmer,
    close: async () => {
      warmer?.stop();
      await apollo.stop();
    },
  };
}
