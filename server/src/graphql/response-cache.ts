import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * Root query fields whose answer depends only on the arguments, the viewer's role and unit, the
 * scheme version and the data version — nothing else (no user-specific fields like `me`). When a
 * field is added here, its result must not depend on anything outside that key.
 */
const CACHEABLE_FIELDS = new Set(['ranking', 'unitScorecard', 'unitTrend', 'cityTrend']);

/** Serialized responses kept per process (the ranking is ~150 KB, ~12 KB gzipped; a scorecard ~5 KB). */
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_QUERY_TEXTS = 500;
/** Headers of Apollo's answer that are not the answer's own (per request, or recomputed on send). */
const PER_REQUEST_HEADERS = new Set(['x-request-id', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/** What Apollo sent for a query, ready to be written again: the bytes, and gzipped once on the side. */
export interface CachedResponse {
  headers: Array<[string, string]>;
  body: Buffer;
  /** Filled in the background after the entry is stored; until then gzip clients get `body`. */
  gzipped: Buffer | null;
}

/**
 * Whole-response cache for the dashboard's read queries. Profiling the ranking under load showed
 * the time going to graphql-js executing ~10,000 fields and JSON-serializing ~150 KB per request,
 * not to the database: a hit skips both and sends the bytes a previous execution produced
 * (graphql/fast-path/middleware.ts decides who may get which entry).
 */
export class ResponseCache {
  /** Bounded by bytes (the body and its gzipped copy); one entry at most an eighth of the total. */
  private readonly responses = new LRUCache<string, CachedResponse>({
    maxSize: MAX_BYTES,
    maxEntrySize: MAX_BYTES / 8,
    sizeCalculation: (entry) => entry.body.length + (entry.gzipped?.length ?? 0),
  });
  /** Query text → whether all its root fields are cacheable (parsing once per distinct text). */
  private readonly texts = new LRUCache<string, boolean>({ max: MAX_QUERY_TEXTS });
  /** Responses whose GraphQL result had no errors (Apollo hands plugins a shallow copy of the context, so the Response object is the shared identity). */
  private readonly clean = new WeakSet<Response>();

  /** Marks responses without errors (Apollo plugin; add it to the server's plugins). */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    const clean = this.clean;
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, response }) {
            if (contextValue.res && response.body.kind === 'single' && !response.body.singleResult.errors) clean.add(contextValue.res);
          },
        };
      },
    };
  }

  get(key: string): CachedResponse | undefined {
    return this.responses.get(key);
  }

  /** Whether a query text selects only cacheable root fields (one query operation, no fragments at the root). */
  cacheableText(query: string): boolean {
    let ok = this.texts.get(query);
    if (ok === undefined) {
      ok = rootFieldsCacheable(query);
      this.texts.set(query, ok);
    }
    return ok;
  }

  /**
   * Lets Apollo answer, and keeps the answer under `key` when it was a 200 without GraphQL errors.
   * Apollo's Express integration sends the complete body with one `res.send(string)`.
   */
  captureInto(key: string, res: Response): void {
    const send = res.send.bind(res);
    res.send = (out: unknown) => {
      const result = send(out);
      if (res.statusCode === 200 && typeof out === 'string' && this.clean.has(res)) this.remember(key, res, out);
      return result;
    };
  }

  private remember(key: string, res: Response, text: string): void {
    const body = Buffer.from(text, 'utf8');
    const headers: Array<[string, string]> = [];
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value !== undefined && !PER_REQUEST_HEADERS.has(name)) headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
    }
    const entry: CachedResponse = { headers, body, gzipped: null };
    this.responses.set(key, entry);
    // Compressed off the request path (zlib's thread pool), once per entry instead of once per hit;
    // stored again so that its size counts.
    gzip(body, (err, zipped) => {
      if (err || this.responses.peek(key) !== entry) return;
      entry.gzipped = zipped;
      this.responses.set(key, entry);
    });
  }
}

/** One query operation (no mutation, no fragments at the root) selecting only cacheable fields. */
function rootFieldsCacheable(query: string): boolean {
  try {
    const doc = parse(query, { maxTokens: 5000 });
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return ops.length === 1 && ops[0].operation === 'query'
      && ops[0].selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_FIELDS.has(s.name.value));
  } catch {
    return false;
  }
}
