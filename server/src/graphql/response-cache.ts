import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * Root query fields whose answer depends only on the arguments, the viewer's role and unit, the
 * scheme version and the data version — nothing else (no user-specific fields like `me`). When a
 * field is added here, its result must not depend on anything outside that key.
 */
const CACHEABLE_FIELDS = new Set(['ranking', 'unitScorecard', 'unitTrend', 'cityTrend']);

/** Serialized responses kept per process (the ranking is ~150 KB; a scorecard ~5 KB). */
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_QUERY_TEXTS = 500;

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * Whole-response cache for the dashboard's read queries. Profiling the ranking under load showed
 * the time going to graphql-js executing ~10,000 fields and JSON-serializing ~150 KB per request,
 * not to the database: a hit skips both and sends the bytes a previous execution produced.
 *
 * Safe across processes: the key includes the scheme and data versions read from the database on
 * every request (services.scoring.cacheVersion), so an import through any process changes the key
 * everywhere. The viewer is still authenticated per request (the session lookup runs first), and
 * the key includes role and unit, so a UNIT user never receives another role's answer. Only
 * responses without errors are stored.
 */
export class ResponseCache {
  private readonly responses = new Map<string, string>();
  private bytes = 0;
  /** Query text → whether all its root fields are cacheable (parsing once per distinct text). */
  private readonly texts = new Map<string, boolean>();
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

  /**
   * Express middleware in front of Apollo: answers a cached query, or lets Apollo answer and keeps
   * the body. `context` builds (once) the request's GraphQL context, which Apollo then reuses.
   */
  middleware(context: (req: Request, res: Response) => Promise<GraphQLContext>) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        const body = req.method === 'POST' ? (req.body as GraphQLBody | undefined) : undefined;
        if (!body || typeof body.query !== 'string' || !this.cacheableText(body.query)) return next();
        const ctx = await context(req, res);
        if (!ctx.viewer) return next();
        const version = await ctx.services.scoring.cacheVersion(ctx.em);
        const key = JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null, ctx.viewer.role, ctx.viewer.unitCode, version]);
        const hit = this.responses.get(key);
        if (hit !== undefined) {
          this.responses.delete(key);
          this.responses.set(key, hit);
          res.status(200).type('application/json; charset=utf-8').send(hit);
          return;
        }
        const send = res.send.bind(res);
        res.send = (out: unknown) => {
          if (res.statusCode === 200 && typeof out === 'string' && this.clean.has(res)) this.remember(key, out);
          return send(out);
        };
        next();
      } catch (err) {
        next(err);
      }
    };
  }

  private cacheableText(query: string): boolean {
    let ok = this.texts.get(query);
    if (ok === undefined) {
      ok = rootFieldsCacheable(query);
      if (this.texts.size >= MAX_QUERY_TEXTS) this.texts.clear();
      this.texts.set(query, ok);
    }
    return ok;
  }

  private remember(key: string, body: string): void {
    if (body.length > MAX_BYTES / 8) return;
    const old = this.responses.get(key);
    if (old !== undefined) this.bytes -= old.length;
    this.responses.set(key, body);
    this.bytes += body.length;
    while (this.bytes > MAX_BYTES) {
      const [oldestKey, oldest] = this.responses.entries().next().value as [string, string];
      this.responses.delete(oldestKey);
      this.bytes -= oldest.length;
    }
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
