import { Migration } from '@mikro-orm/migrations';

/**
 * Remediation items, appeals, their timeline and evidence files, in-app notifications, the appeal
 * window of each publication, daily job runs and the working-day calendar's corrections (SPEC §7).
 * Portable SQL, constraint names as MikroORM names them (entities-schema.test.ts compares).
 */
export class Migration20261205000010_remediation extends Migration {
  override async up(): Promise<void> {
    const statements = [
      `create table remediation_items (
        id varchar(36) not null primary key,
        unit_code varchar(64) not null,
        period varchar(10) null,
        source varchar(16) not null,
        publication_id varchar(36) null,
        dimension_id varchar(64) null,
        indicator_id varchar(64) null,
        measure_id varchar(64) null,
        topic varchar(200) null,
        description text null,
        score_at_open double precision null,
        points_lost double precision null,
        threshold double precision null,
        state varchar(16) not null,
        opened_on varchar(10) not null,
        deadline varchar(10) not null,
        verified_on varchar(10) null,
        version integer not null,
        created_at varchar(24) not null,
        created_by varchar(64) null,
        updated_at varchar(24) not null
      )`,
      `create index remediation_items_unit_code_state_index on remediation_items (unit_code, state)`,
      `create index remediation_items_period_index on remediation_items (period)`,
      `create table appeals (
        id varchar(36) not null primary key,
        unit_code varchar(64) not null,
        period varchar(10) not null,
        publication_id varchar(36) not null,
        indicator_id varchar(64) not null,
        record_id varchar(128) null,
        reason text not null,
        state varchar(16) not null,
        decision_note text null,
        decided_at varchar(24) null,
        decided_by varchar(64) null,
        version integer not null,
        created_at varchar(24) not null,
        created_by varchar(64) null
      )`,
      `create index appeals_unit_code_index on appeals (unit_code)`,
      `create table remediation_events (
        id varchar(36) not null primary key,
        subject_type varchar(8) not null,
        subject_id varchar(36) not null,
        at varchar(24) not null,
        actor varchar(64) null,
        kind varchar(16) not null,
        from_state varchar(16) null,
        to_state varchar(16) null,
        note text null,
        file_id varchar(36) null
      )`,
      `create index remediation_events_subject_id_index on remediation_events (subject_id)`,
      `create table evidence_files (
        id varchar(36) not null primary key,
        subject_type varchar(8) not null,
        subject_id varchar(36) not null,
        unit_code varchar(64) not null,
        name varchar(200) not null,
        content_type varchar(100) not null,
        size integer not null,
        sha256 varchar(64) not null,
        uploaded_at varchar(24) not null,
        uploaded_by varchar(64) null
      )`,
      `create index evidence_files_subject_id_index on evidence_files (subject_id)`,
      `create table notifications (
        id varchar(36) not null primary key,
        user_id varchar(36) not null,
        kind varchar(16) not null,
        subject_type varchar(8) not null,
        subject_id varchar(36) not null,
        unit_code varchar(64) not null,
        indicator_id varchar(64) null,
        period varchar(10) null,
        dedupe_key varchar(80) null,
        created_at varchar(24) not null,
        read_at varchar(24) null
      )`,
      `create index notifications_user_id_index on notifications (user_id)`,
      `create unique index notifications_user_id_dedupe_key_unique on notifications (user_id, dedupe_key)`,
      `create table publication_windows (
        publication_id varchar(36) not null primary key,
        period varchar(10) not null,
        published_on varchar(10) not null,
        appeals_close_on varchar(10) not null
      )`,
      `create table job_runs (
        job varchar(64) not null,
        day varchar(10) not null,
        started_at varchar(24) not null,
        runner varchar(128) null,
        primary key (job, day)
      )`,
      `create table workday_overrides (
        date varchar(10) not null primary key,
        working boolean not null,
        note varchar(200) null,
        updated_at varchar(24) not null,
        updated_by varchar(64) null
      )`,
    ];
    for (const sql of statements) await this.execute(sql);
  }

  override async down(): Promise<void> {
    for (const table of ['workday_overrides', 'job_runs', 'publication_windows', 'notifications', 'evidence_files', 'remediation_events', 'appeals', 'remediation_items']) {
      await this.execute(`drop table if exists ${table}`);
    }
  }
}
