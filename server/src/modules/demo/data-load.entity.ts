import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type DataLoadState = 'loading' | 'complete' | 'failed';

/**
 * A bulk load that must finish before anything is scored (the demo city): its lock and its
 * completeness. While any row is not `complete`, the data version cannot be read and score queries
 * answer DATA_LOADING (modules/scoring/data-version.ts).
 */
@Entity({ tableName: 'data_loads' })
export class DataLoad {
  @PrimaryKey({ type: 'string', length: 32 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  state!: DataLoadState;

  /** Which process runs it (host:pid): for the operator reading the table. */
  @Property({ type: 'string', length: 128 })
  owner!: string;

  @Property({ type: 'string', length: 24, fieldName: 'started_at' })
  startedAt!: string;

  /** Rewritten while the load runs; a load whose heartbeat stopped long ago is taken over. */
  @Property({ type: 'string', length: 24, fieldName: 'heartbeat_at' })
  heartbeatAt!: string;

  @Property({ type: 'string', length: 24, fieldName: 'finished_at', nullable: true })
  finishedAt: string | null = null;
}
