import { LRUCache } from 'lru-cache';

/**
 * An LRU (lru-cache) of computed values keyed by strings that embed every version the value depends
 * on (data, scheme): entries are never invalidated in place, a new version is a new key and old keys
 * age out. Callers asking for a key being computed share that computation (lru-cache's in-flight
 * fetch); a rejected computation is not kept, so the next caller retries.
 */
export class VersionedCache<T extends object> {
  private readonly entries: LRUCache<string, T, () => Promise<T>>;

  constructor(maxEntries: number) {
    this.entries = new LRUCache<string, T, () => Promise<T>>({
      max: maxEntries,
      fetchMethod: (_key, _stale, { context }) => context(),
      // An entry evicted while it is computed still resolves for those already waiting on it.
      ignoreFetchAbort: true,
    });
  }

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const value = await this.entries.fetch(key, { context: compute });
    // fetchMethod resolves with compute()'s value, never undefined.
    return value as T;
  }

  clear(): void {
    this.entries.clear();
  }
}
