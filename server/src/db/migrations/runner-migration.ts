import { Migration } from '@mikro-orm/migrations';
import type { SqlRunner, SqlRunnerParam, SqlRunnerRow } from '../sql-runner.js';

/**
 * A migration that fills derived tables with the live module code (roll-ups, periods, calendar), so
 * that a backfill and later refreshes can never disagree. Statements run with `execute`, in order, in
 * the migration's transaction (not addSql, which would run after the backfill).
 */
export abstract class RunnerMigration extends Migration {
  /** The migration's transaction as a SqlRunner. */
  protected runner(): SqlRunner {
    return {
      query: async (sql: string, params: SqlRunnerParam[] = []) => (await this.execute(sql, params)) as SqlRunnerRow[],
      run: async (sql: string, params: SqlRunnerParam[] = []) => {
        await this.execute(sql, params);
      },
    };
  }
}
