import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Publication } from './publication.entity.js';

const OF_PUBLICATION = { primary: true, fieldName: 'publication_id', index: false, updateRule: 'no action', deleteRule: 'no action' } as const;

/** The engine's RankingResult of one scope at publication, as JSON (floats read back bit for bit). */
@Entity({ tableName: 'publication_rankings' })
export class PublicationRanking {
  [PrimaryKeyProp]?: ['publication', 'scope'];

  @ManyToOne(() => Publication, OF_PUBLICATION)
  publication!: Publication;

  @PrimaryKey({ type: 'string', length: 16 })
  scope!: string;

  /** The period rank changes were measured against; null when it had no data. */
  @Property({ type: 'string', length: 10, fieldName: 'previous_period', nullable: true })
  previousPeriod: string | null = null;

  @Property({ type: 'text', fieldName: 'result_json' })
  resultJson!: string;

  /** The previous period's ranking as it was used for rank changes (score-change attribution reads it). */
  @Property({ type: 'text', fieldName: 'previous_json', nullable: true })
  previousJson: string | null = null;
}

/** The key of the per-unit, per-measure snapshot tables: one row per publication, unit and measure. */
abstract class PublicationUnitMeasure {
  @ManyToOne(() => Publication, OF_PUBLICATION)
  publication!: Publication;

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'unit_code' })
  unitCode!: string;

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'measure_id' })
  measureId!: string;
}

/** Every measure value of every unit at publication (computed and manual). */
@Entity({ tableName: 'publication_measures' })
export class PublicationMeasure extends PublicationUnitMeasure {
  [PrimaryKeyProp]?: ['publication', 'unitCode', 'measureId'];

  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Property({ type: 'double', nullable: true })
  numerator: number | null = null;

  @Property({ type: 'double', nullable: true })
  denominator: number | null = null;
}

/** How many records were behind each measure, and how many counted against the unit, at publication. */
@Entity({ tableName: 'publication_evidence' })
export class PublicationEvidence extends PublicationUnitMeasure {
  [PrimaryKeyProp]?: ['publication', 'unitCode', 'measureId'];

  @Property({ type: 'integer', fieldName: 'total_count' })
  totalCount!: number;

  @Property({ type: 'integer', fieldName: 'against_count' })
  againstCount!: number;
}
