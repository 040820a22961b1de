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

  it('retires each of many ratings of a block forgotten at once', async () => {
    // Writes are counted: the block moves on in one, not one per rating.
    let writes = 0;
    const counting: Cache = {
      ...cache,
      set: (...args) => {
        writes += 1;
        return cache.set(...args);
      },
    };
    const entries = ratingEntries(counting);
    const ids = Array.from({ length: 40 }, (_, i) => 1024 + i);
    for (const id of ids) {
      const reader = await entries.read(id);
      await entries.write(id, reader, ratingEntryText('2026-12-03', `"${id}"`));
    }
    writes = 0;
    await forgetRatings(counting, ids);
    expect(writes).toBe(1);

    for (const id of ids) expect((await entries.read(id)).value).toBeNull();
    // Written again after the forget, a rating is served, and a later
    // forget of that one rating alone still retires it.
    const reader = await entries.read(ids[0]);
    await entries.write(ids[0], reader, ratingEntryText('2026-12-04', '"new"'));
    expect((await entries.read(ids[0])).value).toMatchObject({ json: '"new"' });
    await forgetRatings(counting, [ids[0]]);
    expect((await entries.read(ids[0])).value).toBeNull();
  });
});
