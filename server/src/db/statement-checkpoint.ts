import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/core';
import { queryTimeoutError } from '../errors.js';
import { currentRequestScope } from '../http/request-id.js';

/** Longest stretch of statements run without letting the event loop serve anything else. */
export const YIELD_EVERY_MS = 20;

let lastTurn = performance.now();

/**
 * Runs before every SQL statement. better-sqlite3 is synchronous, and a chain of awaited statements
 * through knex resolves in microtasks only: 3,000 statements in a row (≈0.4 s) let no timer fire and
 * no socket be read. A ranking over many periods was such a chain, which is why one slow request
 * blocked /healthz and its 10 s deadline never fired. So: every YIELD_EVERY_MS the chain waits one
 * event-loop turn (timers, other requests and health checks run), and a statement of a request past
 * its deadline (http/request-id.ts, set by graphql/limits/timeout.ts) is not run at all: the request
 * stops with QUERY_TIMEOUT, and a transaction it was in rolls back. One statement that is itself slow
 * cannot be interrupted on SQLite (better-sqlite3 has no interrupt); the bounded ranges keep them short.
 */
export function statementCheckpoint(): Promise<void> | null {
  if (performance.now() - lastTurn >= YIELD_EVERY_MS) {
    return nextTurn().then(() => {
      lastTurn = performance.now();
      refuseAfterDeadline();
    });
  }
  refuseAfterDeadline();
  // Most statements: no turn due, no promise made (the checkpoint costs a clock read).
  return null;
}

function refuseAfterDeadline(): void {
  const deadline = currentRequestScope()?.deadline;
  if (deadline && Date.now() > deadline.at) throw queryTimeoutError(deadline.ms);
}

interface Executes {
  execute(...args: unknown[]): Promise<unknown>;
}

/** Puts statementCheckpoint in front of every statement the ORM runs (queries, inserts, transactions' statements). */
export function installStatementCheckpoint(orm: MikroORM): void {
  const connection = orm.em.getDriver().getConnection() as unknown as Executes;
  const execute = connection.execute.bind(connection);
  connection.execute = (...args: unknown[]) => {
    try {
      const turn = statementCheckpoint();
      return turn ? turn.then(() => execute(...args)) : execute(...args);
    } catch (err) {
      return Promise.reject(err);
    }
  };
}
