import type { Cache } from '../cache/cache';
import { createMemoryCache } from '../cache/memoryCache';
import { createTestRedisCache } from '../../test/support/redis';
import { forgetRatings, ratingCacheKey } from './ratingCache';

describe.each([
  ['memory', () => createMemoryCache()],
  ['redis', () => createTestRedisCache()],
])('rating cache keys (%s)', (_kind, create: () => Cache) => {
  let cache: Cache;

  beforeEach(() => {
    cache = create();
  });

  afterEach(async () => {
    await cache.close();
  });

  it('keeps a rating read before a change from serving after it', async () => {
    // A reader takes the key, then loads the old rating from the database.
    const readerKey = await ratingCacheKey(cache, 7);
    // Meanwhile the change commits and retires the subject's ratings.
    await forgetRatings(cache, [7]);
    // The slow reader now caches what it loaded.
    await cache.set(readerKey, 'old rating', 60);

    const nextKey = await ratingCacheKey(cache, 7);
    expect(nextKey).not.toBe(readerKey);
    expect(await cache.get(nextKey)).toBeNull();
  });

  it('leaves other subjects cached', async () => {
    const key = await ratingCacheKey(cache, 8);
    await cache.set(key, 'rating of 8', 60);

    await forgetRatings(cache, [7]);

    expect(await ratingCacheKey(cache, 8)).toBe(key);
    expect(await cache.get(key)).toBe('rating of 8');
  });
});
