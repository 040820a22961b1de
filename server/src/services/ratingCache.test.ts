import type { Cache } from '../cache/cache';
import { createMemoryCache } from '../cache/memoryCache';
import { createTestRedisCache } from '../../test/support/redis';
import { forgetRatings, ratingEntries, ratingEntryText } from './ratingCache';

describe.each([
  ['memory', () => createMemoryCache()],
  ['redis', () => createTestRedisCache()],
])('rating cache entries (%s)', (_kind, create: () => Cache) => {
  let cache: Cache;

  beforeEach(() => {
    cache = create();
  });

  afterEach(async () => {
    await cache.close();
  });

  it('keeps a rating read before a change from serving after it', async () => {
    const entries = ratingEntries(cache);
    // A reader takes the generation, then loads the old rating.
    const reader = await entries.read(7);
    // Meanwhile the change commits and retires the subject's ratings.
    await forgetRatings(cache, [7]);
    // The slow reader now caches what it loaded.
    await entries.write(7, reader, ratingEntryText('2026-12-03', '"old"'));

    const next = await entries.read(7);
    expect(next.generation).not.toBe(reader.generation);
    expect(next.value).toBeNull();
  });

  it('serves what was written under the current generation', async () => {
    const entries = ratingEntries(cache);
    const reader = await entries.read(8);
    await entries.write(8, reader, ratingEntryText('2026-12-03', '"of 8"'));

    await forgetRatings(cache, [7]);

    const next = await entries.read(8);
    expect(next.generation).toBe(reader.generation);
    expect(next.value).toMatchObject({ day: '2026-12-03', json: '"of 8"' });
  });
});
