import { createRecord } from '../../../test/factories';
import { useTestApp } from '../../../test/support/app';
import {
  citizenOf,
  claim,
  shopWithOffer,
} from '../../../test/support/marketplace';

// After the deal: performance reports rescore the subject, who is told and
// may object; claims authorize grade looks, which the subject can see; the
// merchant's statistics count it all.
describe('performance, authorization, query log and statistics', () => {
  const testApp = useTestApp();
  const api = () => testApp().request();

  async function redeemedDeal(attributes: object = {}) {
    const shop = await shopWithOffer(testApp(), {
      minGrade: null,
      ...attributes,
    });
    const holder = await citizenOf(testApp(), '王小红');
    const voucher = (await claim(testApp(), shop.offer.id, holder.auth)).body;
    const redeemed = await api()
      .post('/api/merchant/redemptions')
      .set('Authorization', shop.staff.auth)
      .send({ code: voucher.code });
    expect(redeemed.status).toBe(201);
    return { ...shop, holder, voucher, claimId: redeemed.body.claimId };
  }

  const report = (auth: string, voucherId: number, body: object) =>
    api()
      .post(`/api/merchant/redemptions/${voucherId}/performance`)
      .set('Authorization', auth)
      .send(body);

  const score = async (auth: string) =>
    (await api().get('/api/me/rating').set('Authorization', auth)).body
      .score as number;

  test('returned on time adds 10 at once and tells the subject', async () => {
    const deal = await redeemedDeal();
    expect(await score(deal.holder.auth)).toBe(650);

    const res = await report(deal.staff.auth, deal.voucher.id, {
      outcome: 'returned',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'returned', amountFen: null });
    expect(await score(deal.holder.auth)).toBe(660);

    const records = await api()
      .get('/api/me/records')
      .set('Authorization', deal.holder.auth);
    expect(records.body).toEqual([
      expect.objectContaining({
        id: res.body.recordId,
        type: 'performance',
        category: 'returned',
        department: deal.merchant.name,
        counts: true,
      }),
    ]);
    const told = await api()
      .get('/api/me/notifications')
      .set('Authorization', deal.holder.auth);
    expect(told.body).toEqual([
      expect.objectContaining({
        kind: 'performance_record',
        recordId: res.body.recordId,
        title: '新增信用记录：免押服务按时归还',
      }),
    ]);

    const twice = await report(deal.staff.auth, deal.voucher.id, {
      outcome: 'defaulted',
      amountFen: 100,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('performance_already_reported');
    expect(await score(deal.holder.auth)).toBe(660);
  });

  test('a default takes 50 and records the amount; the subject objects once', async () => {
    const deal = await redeemedDeal();
    const res = await report(deal.staff.auth, deal.voucher.id, {
      outcome: 'defaulted',
      amountFen: 19_900,
    });
    expect(res.body).toMatchObject({ outcome: 'defaulted', amountFen: 19_900 });
    expect(await score(deal.holder.auth)).toBe(600);
    const told = await api()
      .get('/api/me/notifications')
      .set('Authorization', deal.holder.auth);
    expect(told.body[0].body).toContain('199.00 元');

    const object = () =>
      api()
        .post(`/api/me/records/${res.body.recordId}/objections`)
        .set('Authorization', deal.holder.auth)
        .send({ reason: '车辆已于当日归还，有门店签收单' });
    const filed = await object();
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      recordId: res.body.recordId,
      status: 'pending',
    });
    const again = await object();
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('objection_pending');
  });

  test('objections to records of others, short reasons and extra fields are refused', async () => {
    const deal = await redeemedDeal();
    const other = await citizenOf(testApp());
    const record = await createRecord(testApp().deps.db, deal.holder.subject);
    const send = (auth: string, id: number | string, body: object) =>
      api()
        .post(`/api/me/records/${id}/objections`)
        .set('Authorization', auth)
        .send(body);

    const notMine = await send(other.auth, record.id, {
      reason: '不是我的记录',
    });
    expect(notMine.status).toBe(404);
    expect(notMine.body.error.code).toBe('record_not_found');
    expect(
      (await send(deal.holder.auth, record.id, { reason: '错' })).body.error
        .code,
    ).toBe('validation_failed');
    expect(
      (
        await send(deal.holder.auth, record.id, {
          reason: '处罚对象不是我',
          file: 1,
        })
      ).body.error.code,
    ).toBe('unknown_field');
    expect(
      (await send(deal.holder.auth, 'x', { reason: '处罚对象不是我' })).body
        .error.code,
    ).toBe('record_not_found');
  });

  test('only redeemed deposit waivers of the own merchant can be reported', async () => {
    const discount = await redeemedDeal({ kind: 'discount', valueFen: 500 });
    const notWaiver = await report(discount.staff.auth, discount.voucher.id, {
      outcome: 'returned',
    });
    expect(notWaiver.status).toBe(409);
    expect(notWaiver.body.error.code).toBe('not_deposit_waiver');

    const shop = await shopWithOffer(testApp(), { minGrade: null });
    const holder = await citizenOf(testApp());
    const issued = (await claim(testApp(), shop.offer.id, holder.auth)).body;
    const early = await report(shop.staff.auth, issued.id, {
      outcome: 'returned',
    });
    expect(early.body.error.code).toBe('voucher_not_redeemed');
    const foreign = await report(discount.staff.auth, issued.id, {
      outcome: 'returned',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('voucher_wrong_merchant');

    const noAmount = await report(shop.staff.auth, issued.id, {
      outcome: 'defaulted',
    });
    expect(noAmount.body.error.code).toBe('validation_failed');
    const amountOnReturn = await report(shop.staff.auth, issued.id, {
      outcome: 'returned',
      amountFen: 100,
    });
    expect(amountOnReturn.body.error.code).toBe('unknown_field');
  });

  test('a claim authorizes its merchant to look; every look is logged for the subject', async () => {
    const deal = await redeemedDeal();
    const look = (auth: string, claimId: number | string) =>
      api()
        .get(`/api/merchant/subjects/${claimId}/grade`)
        .set('Authorization', auth);

    const seen = await look(deal.staff.auth, deal.claimId);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      claimId: deal.claimId,
      holder: '王*红',
      grade: 'A',
      purpose: `免押金服务审核：${deal.offer.title}`,
      authorizedUntil: deal.voucher.expiresAt,
    });
    expect(JSON.stringify(seen.body)).not.toContain('score');

    const other = await shopWithOffer(testApp());
    const refused = await look(other.staff.auth, deal.claimId);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('grade_not_authorized');
    expect((await look(deal.staff.auth, 999_999)).status).toBe(403);

    const log = await api()
      .get('/api/me/query-log')
      .set('Authorization', deal.holder.auth);
    expect(log.body).toEqual([
      expect.objectContaining({
        merchant: { id: deal.merchant.id, name: deal.merchant.name },
        viewer: expect.stringContaining('*'),
        purpose: seen.body.purpose,
      }),
    ]);

    await testApp().deps.db.models.Voucher.update(
      { expiresAt: new Date(Date.now() - 1000) },
      { where: { id: deal.voucher.id } },
    );
    const expired = await look(deal.staff.auth, deal.claimId);
    expect(expired.body.error.code).toBe('grade_not_authorized');
    const after = await api()
      .get('/api/me/query-log')
      .set('Authorization', deal.holder.auth);
    expect(after.body).toHaveLength(1);
  });

  test('a cancelled claim no longer authorizes a look', async () => {
    const shop = await shopWithOffer(testApp(), { minGrade: null });
    const holder = await citizenOf(testApp());
    const voucher = (await claim(testApp(), shop.offer.id, holder.auth)).body;
    const claimRow = await testApp().deps.db.models.Claim.findOne({
      where: { offerId: shop.offer.id },
    });
    await api()
      .post(`/api/me/vouchers/${voucher.id}/cancel`)
      .set('Authorization', holder.auth)
      .send({});
    const res = await api()
      .get(`/api/merchant/subjects/${claimRow?.id}/grade`)
      .set('Authorization', shop.staff.auth);
    expect(res.status).toBe(403);
  });

  test('statistics count claims, redemptions, cancellations and deposits waived', async () => {
    const deal = await redeemedDeal({ valueFen: 19_900, quota: 5 });
    const second = await citizenOf(testApp());
    const third = await citizenOf(testApp());
    await claim(testApp(), deal.offer.id, second.auth);
    const dropped = (await claim(testApp(), deal.offer.id, third.auth)).body;
    await api()
      .post(`/api/me/vouchers/${dropped.id}/cancel`)
      .set('Authorization', third.auth)
      .send({});

    const stats = await api()
      .get('/api/merchant/stats')
      .set('Authorization', deal.staff.auth);
    const expected = {
      claims: 3,
      redemptions: 1,
      cancellations: 1,
      depositWaivedFen: 19_900,
    };
    expect(stats.body).toEqual({
      merchant: { id: deal.merchant.id, name: deal.merchant.name, ...expected },
      offers: [
        {
          id: deal.offer.id,
          title: deal.offer.title,
          status: 'published',
          ...expected,
        },
      ],
    });
    const offers = await api()
      .get('/api/merchant/offers')
      .set('Authorization', deal.staff.auth);
    expect(offers.body[0]).toMatchObject({ remaining: 3, stats: expected });
  });
});
