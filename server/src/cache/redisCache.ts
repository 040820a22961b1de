// The shared cache on Redis. Connection is lazy (importing or creating it
// does no I/O). While Redis is down a command fails at once instead of
// waiting in a queue for a reconnect, and a hung Redis fails it within
// the command timeout, so callers fall back to the database in time;
// reconnecting goes on in the background and needs no restart.
import Redis from 'ioredis';

import type { Cache } from './cache';

export interface RedisCacheOptions {
  url: string;
  /** Prepended to every key; tests use one per run to stay apart. */
  keyPrefix?: string;
  commandTimeoutMs?: number;
}

// A local Redis answers in well under a millisecond; a claim makes up to
// three cache calls in a row, so a hung Redis still leaves it time to be
// answered from the database within a second.
const COMMAND_TIMEOUT_MS = 250;

export function createRedisCache(options: RedisCacheOptions): Cache {
  const redis = new Redis(options.url, {
    lazyConnect: true,
    keyPrefix: options.keyPrefix,
    connectTimeout: 1000,
    commandTimeout: options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS,
    // Commands are never queued while disconnected: a queue would make
    // every caller wait for a Redis that may be gone for minutes.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Keep reconnecting in the background, but not in a tight loop.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Without a listener ioredis prints every failed reconnect; the callers
  // see failures through rejected commands and /health.
  redis.on('error', () => undefined);

  // Without an offline queue the first command would fail while the lazy
  // connection opens, so it waits for that first attempt. Later attempts
  // run in the background and commands meanwhile fail fast.
  let firstConnect: Promise<void> | null = null;
  const connected = async (): Promise<Redis> => {
    firstConnect ??= redis.connect().catch(() => undefined);
    await firstConnect;
    return redis;
  };

  return {
    kind: 'redis',
    async get(key) {
      return (await connected()).get(key);
    },
    async getMany(keys) {
      return keys.length === 0 ? [] : (await connected()).mget(keys);
    },
    async set(key, value, ttlSeconds) {
      await (await connected()).set(key, value, 'EX', ttlSeconds);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      const client = await connected();
      const answer = await client.set(key, value, 'EX', ttlSeconds, 'NX');
      return answer === 'OK';
    },
    async del(...keys) {
      if (keys.length > 0) await (await connected()).del(...keys);
    },
    async ping() {
      try {
        return (await (await connected()).ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      if (redis.status === 'ready') {
        await redis.quit();
      } else {
        redis.disconnect();
      }
    },
  };
}
