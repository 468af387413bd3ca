import { Migration } from '@mikro-orm/migrations';

/** Saved views (issue 14 item 12): a user's named page URLs, one of them possibly the start page. */
export class Migration20261208000010_saved_views extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create table saved_views (
      id varchar(36) not null primary key,
      user_id varchar(36) not null,
      name varchar(80) not null,
      url varchar(2000) not null,
      is_start boolean not null default false,
      version integer not null default 1,
      created_at varchar(24) not null,
      updated_at varchar(24) not null,
      constraint saved_views_user_id_foreign foreign key (user_id) references users (id)
    )`);
    await this.execute(`create unique index saved_views_user_id_name_unique on saved_views (user_id, name)`);
    await this.execute(`create index saved_views_user_id_index on saved_views (user_id)`);
  }

  override async down(): Promise<void> {
    await this.execute('drop table if exists saved_views');
  }
}
