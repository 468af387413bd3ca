import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import expressStaticGzip from 'express-static-gzip';

const NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>智慧考评</title><p>客户端尚未构建。The client is not built: run <code>npm run build</code>.</p>';

/**
 * The built client. Vite names every file under /assets by its content hash, so those are cached for
 * a year as immutable, and a missing one is a 404 (an old page asking for a file of a previous build
 * must not get index.html as JavaScript). Every other GET that is not the API is a client route and
 * gets index.html, never cached, so a new build is picked up at once. Checked per request, not once at
 * start, so a rebuild of client/dist while the server runs never leaves it answering 404s.
 */
export function mountClient(app: Express, clientDist: string): void {
  const indexHtml = join(clientDist, 'index.html');
  // The build writes .br and .gz copies beside each hashed asset (client/vite.config.ts): served as is
  // with Content-Encoding and Vary: Accept-Encoding. A file without copies (or one added by a rebuild
  // after start, which the scan at start does not know) is compressed on the fly (compression.ts).
  app.use('/assets', expressStaticGzip(join(clientDist, 'assets'), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    serveStatic: { index: false, immutable: true, maxAge: '365d' },
  }));
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(express.static(clientDist, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path.endsWith('index.html')) res.setHeader('cache-control', 'no-cache');
    },
  }));
  app.get(/^\/(?!graphql|healthz|assets\/|api\/).*/, (_req, res) => {
    if (!existsSync(indexHtml)) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
