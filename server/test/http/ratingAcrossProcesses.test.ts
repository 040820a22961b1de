// Two server processes on one database and one Redis, as in production:
// each keeps its own copies of the signed-in user and the rating, so a
// revocation through one must reach the copies of the other by the time
// its answer is out.
import { randomUUID } from 'node:crypto';

import { createRedisCache } from '../../src/cache/redisCache';
import { nearLayer } from '../../src/cache/nearCache';
import type { Database } from '../../src/db/database';
import { createOffer } from '../factories';
import { createDepartment, createStaff } from '../factories/department';
import { createTestApp, type TestApp } from '../support/app';
import { createTestDatabase } from '../support/db';
import { testRedisUrl } from '../support/redis';

const header =
  '行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关';
// 20 万元 without a disclosure end: a serious penalty.
const file = Buffer.from(
  `${header}\n九江两进程测试有限公司,法人及非法人组织,913604822EH5JU5RX6,撤罚〔2026〕2号,罚款,20,2026-11-02,九江市市场监督管理局\n`,
);

describe('a revocation through one process', () => {
  let db: Database;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    const keyPrefix = `test:${randomUUID()}:`;
    const app = () =>
      createTestApp(
        { cache: createRedisCache({ url: testRedisUrl(), keyPrefix }) },
        db,
      );
    [first, second] = await Promise.all([app(), app()]);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await db?.close();
  });

  it('shows the new score and eligibility in the other at once', async () => {
    // The department that took the decision the upload carries.
    const department = await createDepartment(db, '九江市市场监督管理局');
    const staffAuth = first.authFor(await createStaff(db, department));
    await first
      .request()
      .post('/api/department/uploads')
      .set('Authorization', staffAuth)
      .field('source', 'penalties')
      .attach('file', file, 'p.csv')
      .expect(200);
    const record = await db.models.CreditRecord.findOne({
      where: { departmentId: department.id },
    });
    const { auth } = await second.createUser({
      role: 'enterprise',
      subjectId: record!.subjectId,
    });
    const offer = await createOffer(db, {
      subjectKinds: ['organization'],
      minGrade: 'B',
    });
    const rating = () =>
      second.request().get('/api/me/rating').set('Authorization', auth);
    const eligible = async () => {
      const offers = await second
        .request()
        .get('/api/offers')
        .set('Authorization', auth);
      return offers.body.find((o: { id: number }) => o.id === offer.id)
        .eligibility.eligible;
    };
    // Until the second process hears the channel it keeps no copies.
    const layer = nearLayer(second.deps.cache, 'rating');
    await until(() => layer.ticket() !== null);
    const before = await rating();
    expect(before.body.score).toBeLessThan(650);
    expect(await eligible()).toBe(false);
    expect(layer.get(record!.subjectId)).toBeDefined();

    await first
      .request()
      .post(`/api/department/records/${record!.id}/revoke`)
      .set('Authorization', staffAuth)
      .send({ reason: '行政复议撤销原处罚决定' })
      .expect(200);

    const after = await rating();
    expect(after.body.score).toBeGreaterThan(before.body.score);
    expect(await eligible()).toBe(true);
  });
});

async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
