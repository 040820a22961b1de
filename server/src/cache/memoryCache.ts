// The in-process cache for a single process (laptop, tests): a Map whose
// entries expire. Nothing here is shared between processes, which is why
// production with several processes sets REDIS_URL. Its channels reach the
// listeners of this process, at once, and are never interrupted.
import type { Cache, ChannelListener } from './cache';

interface Entry {
  value: string;
  expiresAt: number;
}

// Expired entries are dropped when read; a sweep keeps keys that are never
// read again from piling up. It runs once the writes since the last one
// reach the number of entries, so its cost per write stays the same
// however large the cache grows (a rescore of everyone retires hundreds
// of thousands of ratings).
const minWritesBetweenSweeps = 1000;

export function createMemoryCache(now: () => number = Date.now): Cache {
  const entries = new Map<string, Entry>();
  const listeners = new Map<string, ChannelListener[]>();
  let writes = 0;

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function write(key: string, value: string, ttlSeconds: number): void {
    entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    writes += 1;
    if (writes >= Math.max(minWritesBetweenSweeps, entries.size)) {
      writes = 0;
      for (const candidate of entries.keys()) live(candidate);
    }
  }

  return {
    kind: 'memory',
    async get(key) {
      return live(key)?.value ?? null;
    },
    async getMany(keys) {
      return keys.map((key) => live(key)?.value ?? null);
    },
    async set(key, value, ttlSeconds) {
      write(key, value, ttlSeconds);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      if (live(key)) return false;
      write(key, value, ttlSeconds);
      return true;
    },
    async del(...keys) {
      for (const key of keys) entries.delete(key);
    },
    async publish(channel, message) {
      for (const listener of listeners.get(channel) ?? []) {
        listener.message(message);
      }
    },
    listen(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return { live: true };
    },
    async ping() {
      return true;
    },
    async close() {
      entries.clear();
      listeners.clear();
    },
  };
}
