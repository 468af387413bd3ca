import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { cspHeader } from './headers.js';

interface Page {
  html: string;
  csp: string;
}

let page: Page | null = null;

/**
 * GraphiQL's page (≈9 MB, self-contained: no CDN), rendered once. Its inline script is allowed by its
 * SHA-256 hash, on this route only; its editor starts web workers from blob: URLs.
 */
function graphiqlPage(): Page {
  if (!page) {
    const html = renderGraphiQL({ title: '智慧考评 GraphQL', endpoint: '/graphql' } as never);
    const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
    );
    page = {
      html,
      csp: cspHeader({ 'script-src': ["'self'", ...hashes], 'worker-src': ["'self'", 'blob:'], 'img-src': ["'self'", 'data:', 'blob:'] }),
    };
  }
  return page;
}

/** GET /graphql from a browser (development only; production mounts none): the GraphiQL page. */
export const graphiql: RequestHandler = (req, res, next) => {
  if (req.method !== 'GET' || !req.accepts('html') || req.query.query) return next();
  const { html, csp } = graphiqlPage();
  res.setHeader('content-security-policy', csp);
  res.type('html').send(html);
};
