import { createUser } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { createTestRedisCache } from '../../test/support/redis';
import type { Cache } from '../cache/cache';
import { createMemoryCache } from '../cache/memoryCache';
import {
  authUserEntries,
  forgetAuthUsers,
  loadAuthUser,
} from './authUserCache';

describe.each([
  ['memory', () => createMemoryCache()],
  ['redis', () => createTestRedisCache()],
])('the cached user of requireUser (%s)', (_kind, create: () => Cache) => {
  const db = useTestDatabase();
  let cache: Cache;

  beforeEach(() => {
    cache = create();
  });

  afterEach(async () => {
    await cache.close();
  });

  test('a role changed and forgotten shows at the next load', async () => {
    const user = await createUser(db());
    const deps = () => ({ db: db(), cache });
    expect(await loadAuthUser(deps(), user.id)).toMatchObject({
      role: 'citizen',
      merchantId: null,
    });

    await user.update({ role: 'office' });
    await forgetAuthUsers(cache, [user.id]);

    expect(await loadAuthUser(deps(), user.id)).toMatchObject({
      role: 'office',
    });
  });

  test('a load racing a change cannot cache the old role', async () => {
    const user = await createUser(db());
    const entries = authUserEntries(cache);
    // A slow reader took the generation and loaded the old row...
    const reader = await entries.read(user.id);
    // ...the change commits and forgets the user...
    await user.update({ role: 'office' });
    await forgetAuthUsers(cache, [user.id]);
    // ...and the reader caches the old row under its generation.
    const old = { id: user.id, role: 'citizen', subjectId: null };
    await entries.write(user.id, reader, JSON.stringify(old));

    expect(await loadAuthUser({ db: db(), cache }, user.id)).toMatchObject({
      role: 'office',
    });
  });

  test('a user that does not exist is refused every time', async () => {
    expect(await loadAuthUser({ db: db(), cache }, 999_999)).toBeNull();
    expect(await loadAuthUser({ db: db(), cache }, 999_999)).toBeNull();
  });
});
