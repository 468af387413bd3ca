import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import type { AppConfig } from './config.js';
import { contextFactory, startApollo } from './graphql/apollo.js';
import { fastPath } from './graphql/fast-path/middleware.js';
import { FastLookupReader } from './graphql/fast-path/lookup.js';
import { guardArguments } from './graphql/limits/index.js';
import { ResponseCache } from './graphql/response-cache.js';
import { mountClient } from './http/client.js';
import { compressResponses } from './http/compression.js';
import { errorHandler, notFound } from './http/errors.js';
import { graphiql } from './http/graphiql.js';
import { securityHeaders } from './http/headers.js';
import { assignRequestId, enterRequestScope } from './http/request-id.js';
import { logger } from './logger.js';
import { evidenceFilesRouter } from './modules/remediation/files.route.js';
import { startReminderJob } from './modules/remediation/reminders.job.js';
import { RankingWarmer } from './modules/scoring/warm-up.js';
import { exportRoutes } from './modules/exports/exports.routes.js';
import { ImportJobRunner } from './modules/import-jobs/import-job-runner.js';
import { importRoutes } from './modules/import-jobs/import-jobs.routes.js';
import { createServices, type Services } from './services.js';

export interface RunningApp {
  url: string;
  port: number;
  services: Services;
  /** Null when config.warmUp is off. */
  warmer: RankingWarmer | null;
  /** Runs the uploaded files' import jobs, one at a time per database. */
  imports: ImportJobRunner;
  close(): Promise<void>;
}

const BODY_LIMIT = '1mb';

/**
 * What every response goes through first: the client address rule (X-Forwarded-For only from the
 * proxies TRUST_PROXY names), the security headers, and a request id.
 */
function mountEdge(app: Express, config: AppConfig): void {
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(), assignRequestId, compressResponses());
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
}

/** /graphql: GraphiQL outside production, then body → scope → argument guard → cached answers → Apollo. */
async function mountGraphQL(app: Express, httpServer: http.Server, orm: MikroORM, services: Services): Promise<() => Promise<void>> {
  const responseCache = new ResponseCache();
  const apollo = await startApollo(httpServer, services.config, responseCache);
  if (!services.config.production) app.get('/graphql', graphiql);
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    enterRequestScope,
    guardArguments,
    fastPath(responseCache, new FastLookupReader(orm), services),
    expressMiddleware(apollo, { context: contextFactory(orm, services) }),
  );
  return () => apollo.stop();
}

function listen(httpServer: http.Server, config: AppConfig): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} is already in use: stop the other server or set PORT to a free port.`)
          : err,
      );
    });
    httpServer.listen(config.port, config.host, () => resolve((httpServer.address() as AddressInfo).port));
  });
}

/** Builds and starts the HTTP server: GraphQL at /graphql, the built client at /, health at /healthz. */
export async function startApp(orm: MikroORM, config: AppConfig): Promise<RunningApp> {
  const services = createServices(orm, config);
  const app = express();
  const httpServer = http.createServer(app);
  mountEdge(app, config);
  const imports = new ImportJobRunner(orm);
  app.use(importRoutes({ orm, runner: imports, spoolDir: config.importSpoolDir, maxBytes: config.importMaxBytes, idleHours: config.sessionIdleHours }));
  app.use(exportRoutes(orm, services));
  const stopApollo = await mountGraphQL(app, httpServer, orm, services);
  // Evidence files of remediation items and appeals (stored in FILES_DIR, outside the web root).
  app.use('/api/files', enterRequestScope, evidenceFilesRouter(orm, config));
  mountClient(app, config.clientDist);
  app.use(notFound, errorHandler);

  const port = await listen(httpServer, config);
  const url = `http://localhost:${port}`;
  logger.info({ url }, 'server listening');
  // After listen: requests are served while the latest periods are computed (modules/scoring/warm-up.ts).
  const warmer = config.warmUp
    ? new RankingWarmer(orm, services.scoring, undefined, (em) => services.earlyWarnings.earlyWarning(em, 'all'))
    : null;
  warmer?.start();
  await imports.start();
  // The daily due-soon/overdue reminders: every process checks, one (per day) runs them.
  const stopReminders = startReminderJob(orm, () => services.remediation.today());
  return {
    url,
    port,
    services,
    warmer,
    imports,
    close: async () => {
      warmer?.stop();
      await imports.stop();
      stopReminders();
      await stopApollo();
    },
  };
}
