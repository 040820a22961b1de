// Redis dies in the middle of a claim run and comes back. The database
// holds the quota, so no voucher goes over it; while Redis is gone every
// claim is served from the database or refused with 503 at once, none
// hangs; when Redis is back on its port the same app uses it again without
// a restart. A redis-server of the test's own is killed, never the shared
// one.
import { createRedisCache } from '../../src/cache/redisCache';
import type { Database } from '../../src/db/database';
import { ratingEntries } from '../../src/services/ratingCache';
import { createOffer, createSubject } from '../factories';
import {
  findRedisServer,
  privateRedis,
  type PrivateRedis,
} from '../fakes/privateRedis';
import { createTestApp, type TestApp } from '../support/app';

const binary = findRedisServer();
const describeWithRedis = binary === null ? describe.skip : describe;
const title =
  binary === null
    ? 'Redis outage (skipped: no redis-server on PATH)'
    : 'Redis outage';

interface Outcome {
  status: number;
  code: string | null;
  ms: number;
  during: 'before' | 'outage' | 'after';
}

// A refusal during the outage must come well inside this.
const BOUND_MS = 1000;
const QUOTA = 70;
const PEOPLE = 100;
const IN_FLIGHT = 4;
const HELD_FOR_AFTER = 10;

describeWithRedis(title, () => {
  let redis: PrivateRedis;
  let testApp: TestApp;
  let db: Database;

  beforeAll(async () => {
    redis = await privateRedis(binary as string);
    await redis.start();
    testApp = await createTestApp({
      cache: createRedisCache({ url: redis.url }),
    });
    db = testApp.deps.db;
  }, 30_000);

  afterAll(async () => {
    await testApp?.close();
    await redis?.kill();
  });

  async function citizens(count: number): Promise<string[]> {
    const auths: string[] = [];
    for (let i = 0; i < count; i++) {
      const subject = await createSubject(db);
      const { auth } = await testApp.createUser({ subjectId: subject.id });
      auths.push(auth);
    }
    return auths;
  }

  async function health(): Promise<number> {
    return (await testApp.request().get('/health')).status;
  }

  test('claims never exceed the quota, never hang, and recover with Redis', async () => {
    const offer = await createOffer(db, { quota: QUOTA });
    const auths = await citizens(PEOPLE);
    const outcomes: Outcome[] = [];
    let during: Outcome['during'] = 'before';

    async function claim(auth: string, i: number): Promise<void> {
      const phase = during;
      const started = performance.now();
      const response = await testApp
        .request()
        .post(`/api/offers/${offer.id}/claims`)
        .set('Authorization', auth)
        .send({ idempotencyKey: `outage-${i}` });
      const ms = performance.now() - started;
      const code = (response.body?.error?.code as string | undefined) ?? null;
      outcomes.push({ status: response.status, code, ms, during: phase });
    }

    // A run of claims with a few in flight; the outage starts and ends
    // while they are. The last few wait for Redis to be back, however fast
    // the others went, so the recovery is always tried.
    let next = 0;
    const worker = async () => {
      while (next < auths.length) {
        const i = next++;
        if (i >= auths.length - HELD_FOR_AFTER) {
          await until(() => during === 'after');
        }
        await claim(auths[i], i);
      }
    };
    const run = Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    await until(() => outcomes.length >= 20);
    during = 'outage';
    await redis.kill();
    expect(await health()).toBe(503);
    await until(() => outcomes.length >= 50);
    await redis.start();
    await until(async () => (await health()) === 200, 10_000);
    during = 'after';
    await run;

    const outage = outcomes.filter((o) => o.during === 'outage');
    expect(outage.length).toBeGreaterThanOrEqual(20);
    for (const o of outcomes) {
      expect(o.ms).toBeLessThan(BOUND_MS);
      expect(acceptable(o)).toBe(true);
    }
    const after = outcomes.filter((o) => o.during === 'after');
    expect(after.length).toBeGreaterThan(0);
    for (const o of after) expect(o.status).not.toBe(503);

    const served = outcomes.filter((o) => o.status === 201).length;
    const vouchers = await db.models.Claim.count({
      where: { offerId: offer.id },
    });
    expect(vouchers).toBe(served);
    expect(vouchers).toBeLessThanOrEqual(QUOTA);
    await offer.reload();
    expect(offer.claimed).toBe(vouchers);
  }, 60_000);

  test('after the outage ratings are cached in Redis again', async () => {
    const subject = await createSubject(db);
    const { auth } = await testApp.createUser({ subjectId: subject.id });
    const probe = createRedisCache({ url: redis.url });

    const response = await testApp
      .request()
      .get('/api/offers')
      .set('Authorization', auth);

    expect(response.status).toBe(200);
    const cached = await ratingEntries(probe).read(subject.id);
    expect(cached.value).not.toBeNull();
    await probe.close();
  });
});

// Served from the database, refused for the quota, or refused at once
// because a dependency is down: nothing else, and never a 500.
function acceptable(o: Outcome): boolean {
  if (o.status === 201) return true;
  if (o.status === 409) return o.code === 'quota_exhausted';
  return o.status === 503 && o.code === 'service_unavailable';
}

async function until(
  done: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
