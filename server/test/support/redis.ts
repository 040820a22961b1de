// The Redis the tests use: TEST_REDIS_URL when set, else the local one.
// Every test cache gets its own key prefix so parallel suites stay apart.
import { randomUUID } from 'node:crypto';

import type { Cache } from '../../src/cache/cache';
import { createRedisCache } from '../../src/cache/redisCache';

export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
}

export function createTestRedisCache(): Cache {
  return createRedisCache({
    url: testRedisUrl(),
    keyPrefix: `test:${randomUUID()}:`,
  });
}
