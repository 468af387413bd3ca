import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * On-the-fly gzip/brotli for what is not pre-compressed: GraphQL JSON, exports, index.html.
 * Responses below 1 KB are not worth it; a response that already has a Content-Encoding (the
 * pre-built .br/.gz assets) is left alone by the library.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: 1024 });
}
