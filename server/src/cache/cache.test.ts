import { randomUUID } from 'node:crypto';

import { closedPortUrl } from '../../test/fakes/closedPort';
import { createTestRedisCache, testRedisUrl } from '../../test/support/redis';
import type { Cache } from './cache';
import { createMemoryCache } from './memoryCache';
import { createRedisCache } from './redisCache';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const kinds: [string, () => Cache][] = [
  ['memory', () => createMemoryCache()],
  ['redis', createTestRedisCache],
];

describe.each(kinds)('%s cache', (_kind, create) => {
  let cache: Cache;

  beforeEach(() => {
    cache = create();
  });

  afterEach(async () => {
    await cache.close();
  });

  it('returns what was set and null for a missing key', async () => {
    await cache.set('a', 'one', 60);

    expect(await cache.get('a')).toBe('one');
    expect(await cache.get('missing')).toBeNull();
  });

  it('forgets a value after its time to live', async () => {
    await cache.set('short', 'value', 1);

    await sleep(1100);

    expect(await cache.get('short')).toBeNull();
  });

  it('sets only the first of two setIfAbsent calls', async () => {
    expect(await cache.setIfAbsent('nonce', 'first', 60)).toBe(true);
    expect(await cache.setIfAbsent('nonce', 'second', 60)).toBe(false);
    expect(await cache.get('nonce')).toBe('first');
  });

  it('deletes several keys at once', async () => {
    await cache.set('x', '1', 60);
    await cache.set('y', '2', 60);

    await cache.del('x', 'y', 'never-set');

    expect(await cache.get('x')).toBeNull();
    expect(await cache.get('y')).toBeNull();
  });

  it('answers ping', async () => {
    expect(await cache.ping()).toBe(true);
  });
});

describe('memory cache expiry', () => {
  it('lets setIfAbsent take a key whose entry expired', async () => {
    let now = 1_000_000;
    const cache = createMemoryCache(() => now);
    await cache.setIfAbsent('lock', 'old', 10);

    now += 10_000;

    expect(await cache.setIfAbsent('lock', 'new', 10)).toBe(true);
    expect(await cache.get('lock')).toBe('new');
  });
});

describe('redis cache when Redis is down', () => {
  it('fails commands fast and answers ping with false', async () => {
    const cache = createRedisCache({ url: await closedPortUrl('redis') });
    const started = Date.now();

    await expect(cache.get('any')).rejects.toThrow();
    expect(await cache.ping()).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);

    await cache.close();
  });
});

describe('redis cache key prefix', () => {
  it('keeps keys of different prefixes apart', async () => {
    const first = createRedisCache({ url: testRedisUrl(), keyPrefix: 'p1:' });
    const second = createRedisCache({ url: testRedisUrl(), keyPrefix: 'p2:' });
    const key = randomUUID();

    await first.set(key, 'mine', 60);

    expect(await second.get(key)).toBeNull();
    await first.del(key);
    await Promise.all([first.close(), second.close()]);
  });
});
