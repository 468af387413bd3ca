import { Migration } from '@mikro-orm/migrations';

/**
 * Users, database-backed sessions, login attempts (brute-force counting) and the audit log.
 *
 * Portable like the first migration: the same SQL on SQLite and PostgreSQL. Ids are text UUIDs,
 * instants are ISO 8601 UTC strings (`YYYY-MM-DDTHH:MM:SS.sssZ`, 24 characters) so that string order is
 * time order on both databases. Constraint names follow MikroORM's naming so the entity metadata matches
 * the tables exactly (modules/raw-data/entities-schema.test.ts).
 */
export class Migration20261128000010_accounts extends Migration {
  override async up(): Promise<void> {
    const statements = [
      `create table users (
        id varchar(36) not null primary key,
        username varchar(64) not null,
        display_name varchar(255) not null,
        role varchar(16) not null,
        unit_code varchar(64) null,
        password_hash varchar(100) not null,
        disabled boolean not null default false,
        version integer not null default 1,
        created_at varchar(24) not null,
        updated_at varchar(24) not null,
        constraint users_unit_code_foreign foreign key (unit_code) references units (code)
      )`,
      `create unique index users_username_unique on users (username)`,
      // Only a SHA-256 hash of the token is stored: a leaked table does not leak live sessions.
      `create table sessions (
        id varchar(36) not null primary key,
        token_hash varchar(64) not null,
        user_id varchar(36) not null,
        created_at varchar(24) not null,
        last_seen_at varchar(24) not null,
        ip varchar(64) not null,
        user_agent varchar(255) null,
        constraint sessions_user_id_foreign foreign key (user_id) references users (id)
      )`,
      `create unique index sessions_token_hash_unique on sessions (token_hash)`,
      `create index sessions_user_id_index on sessions (user_id)`,
      `create table login_attempts (
        id varchar(36) not null primary key,
        at varchar(24) not null,
        username varchar(64) not null,
        ip varchar(64) not null,
        outcome varchar(16) not null
      )`,
      `create index login_attempts_username_at_index on login_attempts (username, at)`,
      `create index login_attempts_ip_at_index on login_attempts (ip, at)`,
      `create table audit_log (
        id varchar(36) not null primary key,
        at varchar(24) not null,
        actor_id varchar(36) null,
        actor_username varchar(64) null,
        action varchar(64) not null,
        entity_type varchar(64) null,
        entity_id varchar(255) null,
        before_json text null,
        after_json text null,
        ip varchar(64) null,
        request_id varchar(64) null
      )`,
      `create index audit_log_at_index on audit_log (at)`,
      `create index audit_log_action_at_index on audit_log (action, at)`,
    ];
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of ['audit_log', 'login_attempts', 'sessions', 'users']) this.addSql(`drop table if exists ${table}`);
  }
}
