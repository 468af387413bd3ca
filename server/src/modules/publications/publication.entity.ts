import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { SchemeVersion } from '../schemes/scheme-version.entity.js';

/**
 * A period published with a scheme version (SPEC §7). Re-publishing adds a row with the next `seq`;
 * earlier rows and their snapshots stay (the latest one is what views show by default).
 */
@Entity({ tableName: 'publications' })
@Unique({ name: 'publications_period_seq_unique', properties: ['period', 'seq'] })
@Index({ name: 'publications_scheme_version_index', properties: ['scheme'] })
export class Publication {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 10 })
  period!: string;

  /** 1 for the first publication of the period, 2 for its first re-publication… */
  @Property({ type: 'integer' })
  seq!: number;

  @ManyToOne(() => SchemeVersion, { fieldName: 'scheme_version', index: false, updateRule: 'no action', deleteRule: 'no action' })
  scheme!: SchemeVersion;

  /** Required from the second publication of a period on. */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'string', length: 24, fieldName: 'published_at' })
  publishedAt!: string;

  @Property({ type: 'string', length: 64, fieldName: 'published_by', nullable: true })
  publishedBy: string | null = null;

  /** The scheme as published (the version is frozen too; the copy keeps the snapshot self-contained). */
  @Property({ type: 'text', fieldName: 'scheme_json' })
  schemeJson!: string;
}
