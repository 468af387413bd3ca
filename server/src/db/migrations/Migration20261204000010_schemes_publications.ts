import { Migration } from '@mikro-orm/migrations';
import { defaultScheme } from '@scorecard/shared';

/**
 * Indicator schemes as versioned data, and publications with their snapshots (SPEC §3, §7).
 *
 * Version 1 is the default tree of SPEC §3, frozen from the start: it is the baseline every live
 * ranking uses until a publication freezes a newer version, and nobody may edit it. Its JSON is the
 * shared engine's `defaultScheme()` (the one definition of SPEC §3 in the code).
 *
 * A publication's snapshot is self-contained: the scheme JSON, the engine's ranking of every scope
 * (minmax bounds and ranks depend on the scope) with the previous period's ranking its rank changes
 * were taken against, every measure value, and the evidence totals behind each measure. Scores are kept as the engine's JSON so they read back bit for bit. Portable SQL,
 * constraint names as MikroORM names them (entities-schema.test.ts compares entities and tables).
 */
export class Migration20261204000010_schemes_publications extends Migration {
  override async up(): Promise<void> {
    const statements = [
      `create table schemes (
        version integer not null primary key,
        based_on integer null,
        json text not null,
        revision integer not null default 1,
        frozen boolean not null default false,
        created_at varchar(24) not null,
        created_by varchar(64) null,
        updated_at varchar(24) not null,
        updated_by varchar(64) null
      )`,
      `create table publications (
        id varchar(36) not null primary key,
        period varchar(10) not null,
        seq integer not null,
        scheme_version integer not null,
        reason text null,
        published_at varchar(24) not null,
        published_by varchar(64) null,
        scheme_json text not null,
        constraint publications_scheme_version_foreign foreign key (scheme_version) references schemes (version)
      )`,
      `create unique index publications_period_seq_unique on publications (period, seq)`,
      `create index publications_scheme_version_index on publications (scheme_version)`,
      `create table publication_rankings (
        publication_id varchar(36) not null,
        scope varchar(16) not null,
        previous_period varchar(10) null,
        result_json text not null,
        previous_json text null,
        primary key (publication_id, scope),
        constraint publication_rankings_publication_id_foreign foreign key (publication_id) references publications (id)
      )`,
      `create table publication_measures (
        publication_id varchar(36) not null,
        unit_code varchar(64) not null,
        measure_id varchar(64) not null,
        value double precision null,
        numerator double precision null,
        denominator double precision null,
        primary key (publication_id, unit_code, measure_id),
        constraint publication_measures_publication_id_foreign foreign key (publication_id) references publications (id)
      )`,
      `create table publication_evidence (
        publication_id varchar(36) not null,
        unit_code varchar(64) not null,
        measure_id varchar(64) not null,
        total_count integer not null,
        against_count integer not null,
        primary key (publication_id, unit_code, measure_id),
        constraint publication_evidence_publication_id_foreign foreign key (publication_id) references publications (id)
      )`,
    ];
    for (const sql of statements) await this.execute(sql);
    const at = new Date().toISOString();
    await this.execute(
      `insert into schemes (version, based_on, json, revision, frozen, created_at, created_by, updated_at, updated_by)
       values (1, null, ?, 1, true, ?, null, ?, null)`,
      [JSON.stringify(defaultScheme()), at, at],
    );
  }

  override async down(): Promise<void> {
    for (const table of ['publication_evidence', 'publication_measures', 'publication_rankings', 'publications', 'schemes']) {
      await this.execute(`drop table if exists ${table}`);
    }
  }
}
