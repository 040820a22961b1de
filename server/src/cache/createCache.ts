// Picks the cache the configuration asks for.
import type { Config } from '../config';
import type { Cache } from './cache';
import { createMemoryCache } from './memoryCache';
import { createRedisCache } from './redisCache';

export function createCache(config: Pick<Config, 'redisUrl'>): Cache {
  return config.redisUrl
    ? createRedisCache({ url: config.redisUrl })
    : createMemoryCache();
}
