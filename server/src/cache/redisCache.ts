// The shared cache on Redis. Connection is lazy (importing or creating it
// does no I/O) and a command fails within about a second when Redis is
// down, so callers fall back to the database instead of hanging.
import Redis from 'ioredis';

import type { Cache } from './cache';

export interface RedisCacheOptions {
  url: string;
  /** Prepended to every key; tests use one per run to stay apart. */
  keyPrefix?: string;
  commandTimeoutMs?: number;
}

export function createRedisCache(options: RedisCacheOptions): Cache {
  const redis = new Redis(options.url, {
    lazyConnect: true,
    keyPrefix: options.keyPrefix,
    connectTimeout: 2000,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    maxRetriesPerRequest: 1,
    // Keep reconnecting in the background, but not in a tight loop.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Without a listener ioredis prints every failed reconnect; the callers
  // see failures through rejected commands and /health.
  redis.on('error', () => undefined);

  return {
    kind: 'redis',
    async get(key) {
      return redis.get(key);
    },
    async set(key, value, ttlSeconds) {
      await redis.set(key, value, 'EX', ttlSeconds);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      const answer = await redis.set(key, value, 'EX', ttlSeconds, 'NX');
      return answer === 'OK';
    },
    async del(...keys) {
      if (keys.length > 0) await redis.del(...keys);
    },
    async ping() {
      try {
        return (await redis.ping()) === 'PONG';
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
