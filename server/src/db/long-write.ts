/**
 * Whether this process is running a long write on SQLite (an import job in its worker, which holds
 * the database's one write lock until it commits). Writes that can wait — a session's idle-window
 * slide — are skipped meanwhile instead of waiting for the lock (better-sqlite3 waits synchronously,
 * up to its busy timeout, holding up every other request). Reads are never affected (WAL).
 */
let writers = 0;

export function beginLongWrite(): () => void {
  writers++;
  let ended = false;
  return () => {
    if (!ended) writers--;
    ended = true;
  };
}

export function longWriteInProgress(): boolean {
  return writers > 0;
}
