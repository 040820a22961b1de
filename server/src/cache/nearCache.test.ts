import { randomUUID } from 'node:crypto';

import {
  findRedisServer,
  privateRedis,
  type PrivateRedis,
} from '../../test/fakes/privateRedis';
import { testRedisUrl } from '../../test/support/redis';
import type { Cache } from './cache';
import { generational } from './generational';
import { createMemoryCache } from './memoryCache';
import { LOCAL_TTL_MS, nearLayer } from './nearCache';
import { createRedisCache } from './redisCache';

const keep = (text: string) => text;

/** Two processes' caches: one Redis, one key prefix, two connections. */
function twoProcesses(): [Cache, Cache] {
  const keyPrefix = `test:${randomUUID()}:`;
  return [
    createRedisCache({ url: testRedisUrl(), keyPrefix }),
    createRedisCache({ url: testRedisUrl(), keyPrefix }),
  ];
}

// Timed on performance.now(), which keeps going when a test stops Date.
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Until the cache hears its channel, so what is fetched may be kept. */
const listening = (cache: Cache) =>
  until(() => nearLayer(cache, 'probe').ticket() !== null);

describe('near cache between two processes', () => {
  let first: Cache;
  let second: Cache;

  beforeEach(async () => {
    // Date stands still, so no copy expires: only the channel drops one.
    jest.useFakeTimers({
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    [first, second] = twoProcesses();
    await Promise.all([listening(first), listening(second)]);
  });

  afterEach(async () => {
    jest.useRealTimers();
    await Promise.all([first.close(), second.close()]);
  });

  it('serves its copy until another process forgets the id', async () => {
    const mine = generational(first, 'near', 60, keep);
    const theirs = generational(second, 'near', 60, keep);
    const read = await theirs.read(1);
    await theirs.write(1, read, 'kept');
    // Changed behind the layer's back: the copy still answers.
    await first.set('near:1', `${read.generation}\nchanged`, 60);
    expect((await theirs.read(1)).value).toBe('kept');

    await mine.forget([1]);

    await until(async () => (await theirs.read(1)).value === null);
  });

  it('does not keep a fetch that another process forgot meanwhile', async () => {
    const mine = generational(first, 'near', 60, keep);
    const theirs = nearLayer<string>(second, 'near');
    theirs.keep(1, theirs.ticket(), 'old copy');
    // A fetch starts, then the id is forgotten elsewhere and heard here.
    const fetching = theirs.ticket();
    await mine.forget([1]);
    await until(() => theirs.get(1) === undefined);

    theirs.keep(1, fetching, 'fetched before the forget');

    expect(theirs.get(1)).toBeUndefined();
    theirs.keep(1, theirs.ticket(), 'fetched after');
    expect(theirs.get(1)).toBe('fetched after');
  });
});

describe('near cache in one process', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('drops its copy at once when it forgets the id itself', async () => {
    const cache = createMemoryCache();
    const entries = generational(cache, 'near', 60, keep);
    const layer = nearLayer<string>(cache, 'near');
    const fetching = layer.ticket();
    await entries.write(1, await entries.read(1), 'one');
    expect((await entries.read(1)).value).toBe('one');

    await entries.forget([1]);

    expect(layer.get(1)).toBeUndefined();
    layer.keep(1, fetching, 'fetched before the forget');
    expect(layer.get(1)).toBeUndefined();
  });

  it('answers its copy at once, and nothing once the id is forgotten', async () => {
    const cache = createMemoryCache();
    const entries = generational(cache, 'near', 60, keep);
    expect(entries.near(1)).toBeUndefined();
    await entries.write(1, await entries.read(1), 'one');
    expect(entries.near(1)).toBe('one');

    await entries.forget([1]);

    expect(entries.near(1)).toBeUndefined();
  });

  it('lets a copy live for the local time to live only', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-03T08:00:00Z') });
    const cache = createMemoryCache();
    const entries = generational(cache, 'near', 60, keep);
    const read = await entries.read(1);
    await entries.write(1, read, 'kept');
    await cache.set('near:1', `${read.generation}\nchanged`, 60);

    jest.advanceTimersByTime(LOCAL_TTL_MS - 1);
    expect((await entries.read(1)).value).toBe('kept');
    jest.advanceTimersByTime(1);
    expect((await entries.read(1)).value).toBe('changed');
  });
});

const binary = findRedisServer();
const describeWithRedis = binary === null ? describe.skip : describe;

describeWithRedis('near cache when its Redis connection drops', () => {
  let redis: PrivateRedis;
  let cache: Cache;

  beforeEach(async () => {
    redis = await privateRedis(binary as string);
    await redis.start();
    cache = createRedisCache({ url: redis.url });
    await listening(cache);
  });

  afterEach(async () => {
    await cache.close();
    await redis.kill();
  });

  it('drops its copies and keeps nothing until it hears again', async () => {
    const layer = nearLayer<string>(cache, 'near');
    layer.keep(1, layer.ticket(), 'copy');
    const spanning = layer.ticket();
    expect(layer.get(1)).toBe('copy');

    await redis.kill();
    await until(() => layer.ticket() === null);

    expect(layer.get(1)).toBeUndefined();
    layer.keep(1, spanning, 'fetched across the loss');
    expect(layer.get(1)).toBeUndefined();

    await redis.start();
    await listening(cache);
    layer.keep(1, spanning, 'fetched across the loss');
    expect(layer.get(1)).toBeUndefined();
    layer.keep(1, layer.ticket(), 'fetched after');
    expect(layer.get(1)).toBe('fetched after');
  }, 30_000);
});
