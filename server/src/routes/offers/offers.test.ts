import { seedDemoIfEmpty } from '../../services/seedDemo';
import { testDataKey } from '../../../test/factories/dataKey';
import { useTestApp } from '../../../test/support/app';

// The demo city through HTTP: the contract's logins, offers and vouchers.
describe('offers, claims, vouchers and redemptions over HTTP', () => {
  const testApp = useTestApp();
  const login = async (name: string) => {
    const { db } = testApp().deps;
    const user = await db.models.User.findOne({ where: { login: name } });
    if (user === null) throw new Error(`no demo user ${name}`);
    return testApp().authFor(user);
  };

  beforeAll(async () => {
    const seeded = await seedDemoIfEmpty(testApp().deps.db, {
      dataKey: testDataKey,
    });
    expect(seeded).toBe(true);
  });

  test('the red-listed citizen is AA and every point names its record', async () => {
    const res = await testApp()
      .request()
      .get('/api/me/rating')
      .set('Authorization', await login('citizen'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      score: 800,
      grade: 'AA',
      redlisted: true,
    });
    const items = res.body.dimensions.flatMap(
      (d: { items: unknown[] }) => d.items,
    );
    expect(items).toEqual([
      expect.objectContaining({ recordType: 'redlist', points: 150 }),
    ]);
  });

  test('records are listed without the plain ID number', async () => {
    const res = await testApp()
      .request()
      .get('/api/me/records')
      .set('Authorization', await login('citizen-blacklisted'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({ type: 'blacklist', counts: true }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain('360404195809052713');
  });

  test('offers show my eligibility; the blacklisted citizen gets none', async () => {
    const res = await testApp()
      .request()
      .get('/api/offers')
      .set('Authorization', await login('citizen-blacklisted'));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(4);
    for (const offer of res.body) {
      expect(offer.eligibility.eligible).toBe(false);
    }
    expect(res.body[0].eligibility.reasons[0].code).toBe('blacklisted');
  });

  test('every demo offer states what it gives as its kind requires', async () => {
    const res = await testApp()
      .request()
      .get('/api/offers')
      .set('Authorization', await login('citizen'));
    const given = res.body.map(
      (o: { kind: string; valueFen: unknown; discountPercent: unknown }) => [
        o.kind,
        o.valueFen !== null,
        o.discountPercent !== null,
      ],
    );
    expect(given).toHaveLength(4);
    for (const [kind, amount, percent] of given) {
      if (kind === 'deposit_waiver')
        expect([amount, percent]).toEqual([true, false]);
      else if (kind === 'discount') expect(amount).not.toBe(percent);
      else expect([amount, percent]).toEqual([false, false]);
    }
  });

  test('claim, retry, list and redeem a voucher end to end', async () => {
    const citizen = await login('citizen-plain');
    const offers = await testApp()
      .request()
      .get('/api/offers')
      .set('Authorization', citizen);
    const bike = offers.body.find(
      (o: { title: string }) => o.title === '共享单车免押骑行',
    );
    const hotel = offers.body.find(
      (o: { title: string }) => o.title === '酒店住宿九折',
    );
    expect(bike.eligibility.eligible).toBe(true);
    expect(hotel.eligibility.reasons[0].code).toBe('grade_too_low');

    const claim = () =>
      testApp()
        .request()
        .post(`/api/offers/${bike.id}/claims`)
        .set('Authorization', citizen)
        .send({ idempotencyKey: 'tap-0001' });
    const first = await claim();
    expect(first.status).toBe(201);
    const again = await claim();
    expect(again.status).toBe(200);
    expect(again.body.code).toBe(first.body.code);

    const mine = await testApp()
      .request()
      .get('/api/me/vouchers')
      .set('Authorization', citizen);
    expect(mine.body.map((v: { code: string }) => v.code)).toEqual([
      first.body.code,
    ]);

    const wrongShop = await testApp()
      .request()
      .post('/api/merchant/redemptions')
      .set('Authorization', await login('merchant-hotel'))
      .send({ code: first.body.code });
    expect(wrongShop.status).toBe(403);
    expect(wrongShop.body.error.code).toBe('voucher_wrong_merchant');

    const bikeStaff = await login('merchant-bike');
    const redeem = () =>
      testApp()
        .request()
        .post('/api/merchant/redemptions')
        .set('Authorization', bikeStaff)
        .send({ code: first.body.code.toUpperCase() });
    const redeemed = await redeem();
    expect(redeemed.status).toBe(201);
    expect(redeemed.body.holder).toBe('韩*晨');
    const twice = await redeem();
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('voucher_already_redeemed');

    const history = await testApp()
      .request()
      .get('/api/merchant/redemptions')
      .set('Authorization', bikeStaff);
    expect(history.body).toHaveLength(1);
  });

  test('the enterprise claims the fast track and the window redeems it', async () => {
    const agent = await login('enterprise');
    const offers = await testApp()
      .request()
      .get('/api/offers')
      .set('Authorization', agent);
    const fastTrack = offers.body.find(
      (o: { kind: string }) => o.kind === 'fast_track',
    );
    expect(fastTrack.eligibility.eligible).toBe(true);

    const claimed = await testApp()
      .request()
      .post(`/api/offers/${fastTrack.id}/claims`)
      .set('Authorization', agent)
      .send({ idempotencyKey: 'tap-fast-0001' });
    expect(claimed.status).toBe(201);

    const redeemed = await testApp()
      .request()
      .post('/api/merchant/redemptions')
      .set('Authorization', await login('merchant-market'))
      .send({ code: claimed.body.code });
    expect(redeemed.status).toBe(201);
  });

  test('bad claim bodies and non-staff are refused with stable codes', async () => {
    const citizen = await login('citizen');
    const unknownField = await testApp()
      .request()
      .post('/api/offers/1/claims')
      .set('Authorization', citizen)
      .send({ idempotencyKey: 'tap-0002', extra: 1 });
    expect(unknownField.body.error.code).toBe('unknown_field');

    const shortKey = await testApp()
      .request()
      .post('/api/offers/1/claims')
      .set('Authorization', citizen)
      .send({ idempotencyKey: 'x' });
    expect(shortKey.body.error.code).toBe('validation_failed');

    const notStaff = await testApp()
      .request()
      .get('/api/merchant/redemptions')
      .set('Authorization', citizen);
    expect(notStaff.status).toBe(403);
    expect(notStaff.body.error.code).toBe('not_merchant_staff');

    const noSubject = await testApp()
      .request()
      .get('/api/me/rating')
      .set('Authorization', await login('merchant-bike'));
    expect(noSubject.body.error.code).toBe('no_subject');
  });
});
