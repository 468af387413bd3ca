import { hostname } from 'node:os';
import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import { DataLoad } from './data-load.entity.js';

/** A load whose heartbeat is older than this is taken to have died with its process. */
export const STALE_AFTER_MS = 5 * 60_000;
const HEARTBEAT_MS = 15_000;

export type Claim =
  | { kind: 'claimed'; release(ok: boolean): Promise<void> }
  | { kind: 'complete' }
  | { kind: 'elsewhere'; owner: string };

function now(): string {
  return new Date().toISOString();
}

/** The machine of an owner `host:pid` ('' when it names none). */
export function ownerHost(owner: string): string {
  const at = owner.lastIndexOf(':');
  return at < 0 ? '' : owner.slice(0, at);
}

/** Whether the owner (`host:pid`) is a process of this machine that no longer runs (killed with -9). */
export function ownerGone(owner: string): boolean {
  const pid = Number(owner.slice(owner.lastIndexOf(':') + 1));
  if (ownerHost(owner) !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Failed, or its process is gone: known at once on the same machine, after STALE_AFTER_MS without heartbeat elsewhere. */
function isStale(load: DataLoad, at: number): boolean {
  return load.state === 'failed' || at - Date.parse(load.heartbeatAt) > STALE_AFTER_MS || ownerGone(load.owner);
}

/**
 * Claims the load `id` for this process, across processes and machines. The row is read first (a
 * read is never blocked, even while another process writes the load on SQLite); only when there is
 * none is it inserted, which only one process can win (primary key), on SQLite and PostgreSQL alike.
 * A load that failed, or whose process stopped beating (killed mid-load), is taken over with a
 * conditional update that only one process can win either. While claimed, the row's heartbeat is
 * renewed; `release(true)` marks it complete, `release(false)` failed (the next start retries).
 */
export async function claimDataLoad(orm: MikroORM, id: string, owner = `${hostname()}:${process.pid}`.slice(0, 128)): Promise<Claim> {
  const em = orm.em.fork();
  const load = await em.findOne(DataLoad, { id });
  const startedAt = now();
  if (!load) {
    try {
      await em.insert(DataLoad, { id, state: 'loading', owner, startedAt, heartbeatAt: startedAt, finishedAt: null });
      return claimed(orm, id, owner);
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      return claimDataLoad(orm, id, owner); // another process inserted it first: read what it is
    }
  }
  if (load.state === 'complete') return { kind: 'complete' };
  if (!isStale(load, Date.now())) return { kind: 'elsewhere', owner: load.owner };
  const taken = await em.nativeUpdate(
    DataLoad,
    { id, state: load.state, heartbeatAt: load.heartbeatAt, owner: load.owner },
    { state: 'loading', owner, startedAt, heartbeatAt: startedAt, finishedAt: null },
  );
  return taken === 1 ? claimed(orm, id, owner) : { kind: 'elsewhere', owner: load.owner };
}

function claimed(orm: MikroORM, id: string, owner: string): Claim {
  const beat = setInterval(() => {
    orm.em.fork().nativeUpdate(DataLoad, { id, owner }, { heartbeatAt: now() }).catch(() => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  const finish = (state: 'complete' | 'failed') => orm.em.fork().nativeUpdate(DataLoad, { id, owner }, { state, finishedAt: now() });
  // Stopped mid-load (Ctrl-C, a deployment's SIGTERM): marked failed, so that the next start retries at once.
  const interrupted = (signal: NodeJS.Signals) => {
    void finish('failed').catch(() => undefined).finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return {
    kind: 'claimed',
    async release(ok: boolean) {
      clearInterval(beat);
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      await finish(ok ? 'complete' : 'failed');
    },
  };
}

/** The state of the load `id`, or null when it never ran. */
export async function dataLoadState(orm: MikroORM, id: string): Promise<DataLoad['state'] | null> {
  return (await orm.em.fork().findOne(DataLoad, { id }))?.state ?? null;
}
