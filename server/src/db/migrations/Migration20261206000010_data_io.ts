import { Migration } from '@mikro-orm/migrations';

/**
 * Browser and machine delivery of raw-data files (modules/import-jobs) and the API tokens of
 * service accounts (modules/accounts/api-tokens.ts).
 *
 * - `import_jobs`: one upload (one or more files), queued and run one at a time per database.
 * - `import_job_files`: each file of a job, its content hash (idempotent re-delivery), its outcome and
 *   the import_batches row it produced.
 * - `api_tokens`: long-lived tokens of INGEST users; only the SHA-256 of a token is stored.
 */
export class Migration20261206000010_data_io extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create table import_jobs (
      id varchar(36) not null primary key,
      state varchar(16) not null,
      phase varchar(16) null,
      via varchar(16) not null,
      created_by_id varchar(36) null,
      created_by varchar(64) null,
      created_at varchar(24) not null,
      started_at varchar(24) null,
      finished_at varchar(24) null,
      heartbeat_at varchar(24) null,
      owner varchar(128) null,
      message text null,
      periods_json text null
    )`);
    await this.execute('create index import_jobs_state_created_at_index on import_jobs (state, created_at)');
    await this.execute('create index import_jobs_created_at_index on import_jobs (created_at)');
    await this.execute(`create table import_job_files (
      job_id varchar(36) not null,
      seq integer not null,
      name varchar(255) not null,
      kind varchar(32) null,
      size bigint not null default 0,
      sha256 varchar(64) not null,
      spool_path varchar(1024) null,
      status varchar(16) not null,
      batch_id varchar(36) null,
      rows_read integer not null default 0,
      rows_added integer not null default 0,
      rows_replaced integer not null default 0,
      error_count integer not null default 0,
      errors_json text null,
      duration_ms integer null,
      primary key (job_id, seq)
    )`);
    await this.execute('create index import_job_files_sha256_kind_index on import_job_files (sha256, kind)');
    await this.execute('create index import_job_files_batch_id_index on import_job_files (batch_id)');
    await this.execute(`create table api_tokens (
      id varchar(36) not null primary key,
      user_id varchar(36) not null,
      name varchar(100) not null,
      token_hash varchar(64) not null,
      prefix varchar(16) not null,
      created_at varchar(24) not null,
      created_by varchar(64) null,
      last_used_at varchar(24) null,
      revoked_at varchar(24) null,
      constraint api_tokens_user_id_foreign foreign key (user_id) references users (id)
    )`);
    await this.execute('create unique index api_tokens_token_hash_unique on api_tokens (token_hash)');
    await this.execute('create index api_tokens_user_id_index on api_tokens (user_id)');
  }

  override async down(): Promise<void> {
    await this.execute('drop table if exists api_tokens');
    await this.execute('drop table if exists import_job_files');
    await this.execute('drop table if exists import_jobs');
  }
}
