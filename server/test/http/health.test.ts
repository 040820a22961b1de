import { createRedisCache } from '../../src/cache/redisCache';
import { closedPortUrl } from '../fakes/closedPort';
import { createTestDatabase } from '../support/db';
import { createTestApp, useTestApp } from '../support/app';

describe('GET /health', () => {
  const testApp = useTestApp();

  it('answers 200 when the database and the cache answer', async () => {
    const response = await testApp().request().get('/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: 'ok',
      cache: testApp().deps.cache.kind === 'redis' ? 'ok' : 'memory',
    });
  });

  it('answers 503 when Redis is down', async () => {
    const cache = createRedisCache({ url: await closedPortUrl('redis') });
    const local = await createTestApp({ cache }, testApp().deps.db);

    const response = await local.request().get('/health');

    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      status: 'degraded',
      database: 'ok',
      cache: 'down',
    });
    await local.close();
  });

  it('answers 503 when the database is down', async () => {
    const db = await createTestDatabase();
    const local = await createTestApp({}, db);
    await db.close();

    const response = await local.request().get('/health');

    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      status: 'degraded',
      database: 'down',
    });
    await local.close();
  }, 30_000);
});

describe('the h5 client', () => {
  const testApp = useTestApp();

  it('is served at / from STATIC_DIR', async () => {
    const response = await testApp().request().get('/');

    expect(response.status).toBe(200);
    expect(response.text).toContain('fake h5 build');
  });

  it('is not served under /api', async () => {
    // STATIC_DIR has an api/probe.txt; /api belongs to the routes alone.
    const response = await testApp().request().get('/api/probe.txt');

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});
