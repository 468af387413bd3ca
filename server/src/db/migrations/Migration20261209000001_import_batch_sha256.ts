import { Migration } from '@mikro-orm/migrations';

/**
 * The SHA-256 of an imported file's bytes (issue 13 item 5 for `pnpm import`): a later delivery of the
 * same content and kind is recognised, by the CLI and the upload endpoint alike.
 */
export class Migration20261209000001_import_batch_sha256 extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table import_batches add column sha256 varchar(64) null');
    await this.execute('create index import_batches_sha256_kind_index on import_batches (sha256, file_kind)');
  }

  override async down(): Promise<void> {
    await this.execute('drop index if exists import_batches_sha256_kind_index');
    await this.execute('alter table import_batches drop column sha256');
  }
}
