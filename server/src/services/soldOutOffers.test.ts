import type { Cache } from '../cache/cache';
import { createMemoryCache } from '../cache/memoryCache';
import { createRedisCache } from '../cache/redisCache';
import { closedPortUrl } from '../../test/fakes/closedPort';
import { testRedisUrl } from '../../test/support/redis';
import { clearSoldOut, isSoldOut, markSoldOut } from './soldOutOffers';

describe('soldOutOffers', () => {
  test('a mark refuses until cleared, and only for its offer', async () => {
    const cache = createMemoryCache();
    await markSoldOut(cache, 7);
    expect(await isSoldOut(cache, 7)).toBe(true);
    expect(await isSoldOut(cache, 8)).toBe(false);
    await clearSoldOut(cache, 7);
    expect(await isSoldOut(cache, 7)).toBe(false);
  });

  test('a mark lives two seconds at most, so a missed clear heals', async () => {
    let clock = 1_000_000;
    const cache = createMemoryCache(() => clock);
    await markSoldOut(cache, 7, clock);
    // Past the process's own memory, the shared mark still answers.
    clock += 1_000;
    expect(await isSoldOut(cache, 7, clock)).toBe(true);
    clock += 2_500;
    expect(await isSoldOut(cache, 7, clock)).toBe(false);
  });

  // A memory cache that counts its reads.
  function countingCache(): { cache: Cache; reads: () => number } {
    const inner = createMemoryCache();
    let reads = 0;
    const cache: Cache = {
      ...inner,
      get: (key) => {
        reads += 1;
        return inner.get(key);
      },
    };
    return { cache, reads: () => reads };
  }

  test('taps arriving while the mark is read wait for that one read', async () => {
    const { cache, reads } = countingCache();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => isSoldOut(cache, 7)),
    );
    expect(answers).toEqual(Array(20).fill(false));
    expect(reads()).toBe(1);
  });

  test('a mark set while a read is in flight outlives that read', async () => {
    const { cache, reads } = countingCache();
    const read = isSoldOut(cache, 7);
    await markSoldOut(cache, 7);
    expect(await read).toBe(false);
    expect(await isSoldOut(cache, 7)).toBe(true);
    expect(reads()).toBe(1);
  });

  test('a clear while a read is in flight makes the next tap read again', async () => {
    const { cache, reads } = countingCache();
    await cache.set('offer-sold-out:7', '1', 2);
    const read = isSoldOut(cache, 7);
    await clearSoldOut(cache, 7);
    await read;
    expect(await isSoldOut(cache, 7)).toBe(false);
    expect(reads()).toBe(2);
  });

  test('processes sharing Redis see each other’s marks and clears', async () => {
    const prefix = `test:sold-out:${process.pid}:${Date.now()}:`;
    const open = () =>
      createRedisCache({ url: testRedisUrl(), keyPrefix: prefix });
    const [first, second] = [open(), open()];
    // One clock for every step, so a slow machine cannot stretch the
    // moments the processes remember.
    const t = Date.now();
    try {
      expect(await isSoldOut(second, 7, t)).toBe(false);
      await markSoldOut(first, 7, t);
      // The second process remembers the absence it read for a moment...
      expect(await isSoldOut(second, 7, t)).toBe(false);
      // ...then reads the mark.
      expect(await isSoldOut(second, 7, t + 150)).toBe(true);
      await clearSoldOut(second, 7);
      // The first process still remembers its own mark for a moment...
      expect(await isSoldOut(first, 7, t)).toBe(true);
      // ...and forgets it once that moment passed.
      expect(await isSoldOut(first, 7, t + 300)).toBe(false);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  test('without Redis nothing is refused: the database decides', async () => {
    const cache = createRedisCache({ url: await closedPortUrl('redis') });
    try {
      await expect(markSoldOut(cache, 7, 0)).resolves.toBeUndefined();
      expect(await isSoldOut(cache, 7, 1_000)).toBe(false);
    } finally {
      await cache.close();
    }
  });
});
