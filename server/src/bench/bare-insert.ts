import { createReadStream, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The parts of better-sqlite3 used here (it is a dependency of @mikro-orm/better-sqlite, untyped for us). */
interface Statement {
  run(...params: Array<string | number>): unknown;
}
interface Database {
  pragma(sql: string): unknown;
  exec(sql: string): unknown;
  prepare(sql: string): Statement;
  close(): void;
}
type DatabaseConstructor = new (file: string) => Database;

/** better-sqlite3 exactly as MikroORM loads it (the same build the server uses). */
function betterSqlite(): DatabaseConstructor {
  const here = createRequire(import.meta.url);
  return createRequire(here.resolve('@mikro-orm/better-sqlite'))('better-sqlite3') as DatabaseConstructor;
}

export interface BareInsert {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * The reference: the rows of resource_updates.csv, already split in memory, inserted with one
 * prepared statement in one transaction into a 5-column table keyed by text — the fastest a Node
 * process writes these rows to SQLite, with none of the parsing, validation or reporting of an import.
 */
export async function bareInsert(csvPath: string, workDir: string): Promise<BareInsert> {
  const rows: Array<[string, string, string]> = [];
  const lines = createInterface({ input: createReadStream(csvPath), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const comma = line.indexOf(',');
    const at = line.slice(comma + 1);
    rows.push([line.slice(0, comma), at, at.slice(0, 10)]);
  }
  const file = join(workDir, 'bare-insert.sqlite');
  const remove = (): void => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  };
  remove();
  const Db = betterSqlite();
  const db = new Db(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`create table resource_updates (
      resource_id varchar(64) not null, updated_at varchar(19) not null, updated_on varchar(10) not null,
      line integer not null, batch varchar(36) not null, primary key (resource_id, updated_at))`);
    const insert = db.prepare('insert into resource_updates (resource_id, updated_at, updated_on, line, batch) values (?, ?, ?, ?, ?)');
    const t0 = performance.now();
    db.exec('begin');
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      insert.run(r[0], r[1], r[2], i + 2, 'bare');
    }
    db.exec('commit');
    const seconds = (performance.now() - t0) / 1000;
    return { rows: rows.length, seconds, rowsPerSecond: rows.length / seconds };
  } finally {
    db.close();
    remove();
  }
}
