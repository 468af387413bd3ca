import type { RequestHandler } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

/**
 * The Content Security Policy of every response: scripts only from this origin (the built client has
 * no inline script), no framing, no plugins. Inline *styles* are allowed: ECharts writes its tooltips
 * as HTML with style attributes and Element Plus positions popups the same way.
 * No `upgrade-insecure-requests`: an intranet installation may well be served over plain http.
 */
export const CSP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The policy as a header value, with some directives replaced (GraphiQL's page, see graphiql.ts). */
export function cspHeader(overrides: Directives = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...overrides })
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * helmet on every response: the CSP above, X-Content-Type-Options: nosniff, X-Frame-Options: DENY
 * (with frame-ancestors 'none' for browsers that read CSP), Referrer-Policy: no-referrer,
 * Strict-Transport-Security (browsers honour it over https only), Cross-Origin-Opener-Policy and
 * Cross-Origin-Resource-Policy: same-origin. docs/deployment.md lists them.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}
