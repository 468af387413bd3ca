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

function isStale(load: DataLoad, at: number): boolean {
  return load.state === 'failed' || at - Date.parse(load.heartbeatAt) > STALE_AFTER_MS;
}

/**
 * Claims the load `id` for this process, across processes and machines: the claim is an insert of
 * the load's row, which only one process can win (primary key), on SQLite and PostgreSQL alike. A
 * load that failed, or whose process stopped beating (killed mid-load), is taken over with a
 * conditional update that only one process can win either. While claimed, the row's heartbeat is
 * renewed; `release(true)` marks it complete, `release(false)` failed (the next start retries).
 */
export async function claimDataLoad(orm: MikroORM, id: string, owner = `${hostname()}:${process.pid}`.slice(0, 128)): Promise<Claim> {
  const em = orm.em.fork();
  const startedAt = now();
  try {
    await em.insert(DataLoad, { id, state: 'loading', owner, startedAt, heartbeatAt: startedAt, finishedAt: null });
    return claimed(orm, id, owner);
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
  }
  const load = await em.findOneOrFail(DataLoad, { id });
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
  return {
    kind: 'claimed',
    async release(ok: boolean) {
      clearInterval(beat);
      await orm.em.fork().nativeUpdate(DataLoad, { id, owner }, { state: ok ? 'complete' : 'failed', finishedAt: now() });
    },
  };
}

/** The state of the load `id`, or null when it never ran. */
export async function dataLoadState(orm: MikroORM, id: string): Promise<DataLoad['state'] | null> {
  return (await orm.em.fork().findOne(DataLoad, { id }))?.state ?? null;
}
