import { createRecord } from '../../../test/factories';
import { useTestApp } from '../../../test/support/app';
import {
  citizenOf,
  claim,
  shopWithOffer,
  staffOf,
} from '../../../test/support/marketplace';
import { rescoreSubject } from '../../services/rescoreSubject';
import { forgetRatings } from '../../services/ratingCache';

// Claiming, cancelling and redeeming through HTTP: the eligibility rules,
// the quotas and who may redeem what.
describe('claims, cancellation and redemption over HTTP', () => {
  const testApp = useTestApp();
  const api = () => testApp().request();

  async function addRecord(
    subject: { id: number },
    attributes: Parameters<typeof createRecord>[2],
  ) {
    const { db, cache } = testApp().deps;
    const record = await createRecord(db, subject as never, attributes);
    await rescoreSubject(db, subject.id);
    await forgetRatings(cache, [subject.id]);
    return record;
  }

  const reasonCodes = (res: { body: { error: { details: unknown } } }) =>
    (res.body.error.details as { reasons: { code: string }[] }).reasons.map(
      (r) => r.code,
    );

  test('a blacklisted subject is refused with the reason, on any offer', async () => {
    const { offer } = await shopWithOffer(testApp(), { minGrade: null });
    const citizen = await citizenOf(testApp());
    await addRecord(citizen.subject, { type: 'blacklist', severity: null });

    const res = await claim(testApp(), offer.id, citizen.auth);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_eligible');
    expect(res.body.error.details.reasons[0]).toEqual({
      code: 'blacklisted',
      message: '已被列入严重失信主体名单，不能享受信用+权益',
    });
  });

  test('a grade that drops after claiming keeps the voucher but blocks another claim', async () => {
    const { offer } = await shopWithOffer(testApp(), {
      minGrade: 'A',
      perSubjectLimit: 2,
    });
    const citizen = await citizenOf(testApp());
    const first = await claim(testApp(), offer.id, citizen.auth);
    expect(first.status).toBe(201);

    await addRecord(citizen.subject, { severity: 'serious' });
    const second = await claim(testApp(), offer.id, citizen.auth);
    expect(second.status).toBe(403);
    expect(reasonCodes(second)).toEqual(['grade_too_low']);
    const mine = await api()
      .get('/api/me/vouchers')
      .set('Authorization', citizen.auth);
    expect(mine.body).toEqual([
      expect.objectContaining({ code: first.body.code, status: 'issued' }),
    ]);
    const stored = await testApp().deps.db.models.Claim.findOne({
      where: { offerId: offer.id },
    });
    expect(stored?.eligibility).toMatchObject({ eligible: true, grade: 'A' });
  });

  test('minimum score, red list only, excluded lists and region each refuse with a reason', async () => {
    const { offer } = await shopWithOffer(testApp(), {
      minGrade: null,
      minScore: 700,
      redlistOnly: true,
      excludedLists: ['watchlist'],
      regionPrefix: '3601',
    });
    const citizen = await citizenOf(testApp());
    await addRecord(citizen.subject, {
      type: 'watchlist' as never,
      severity: null,
    });

    const refused = await claim(testApp(), offer.id, citizen.auth);
    expect(reasonCodes(refused)).toEqual([
      'score_too_low',
      'not_redlisted',
      'excluded_list',
      'region',
    ]);
    const listed = await api()
      .get('/api/offers')
      .set('Authorization', citizen.auth);
    const view = listed.body.find((o: { id: number }) => o.id === offer.id);
    expect(view).toMatchObject({
      minScore: 700,
      redlistOnly: true,
      excludedLists: ['watchlist'],
      regionPrefix: '3601',
      eligibility: { eligible: false },
    });

    const redlisted = await citizenOf(testApp());
    await redlisted.subject.update({ region: '360102' });
    await addRecord(redlisted.subject, { type: 'redlist', severity: null });
    const taken = await claim(testApp(), offer.id, redlisted.auth);
    expect(taken.status).toBe(201);
  });

  test('the per-day quota refuses the claim after the day is full', async () => {
    const { offer } = await shopWithOffer(testApp(), {
      quota: 10,
      perDayQuota: 2,
    });
    const people = await Promise.all([1, 2, 3].map(() => citizenOf(testApp())));
    const answers = [];
    for (const who of people)
      answers.push(await claim(testApp(), offer.id, who.auth));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 409]);
    expect(answers[2].body.error.code).toBe('daily_quota_exhausted');
    await offer.reload();
    expect(offer.claimed).toBe(2);
  });

  test('the offer list says which quota would refuse a claim now', async () => {
    const { offer: daily } = await shopWithOffer(testApp(), {
      quota: 5,
      perDayQuota: 1,
    });
    const { offer: single } = await shopWithOffer(testApp(), { quota: 1 });
    const holder = await citizenOf(testApp());
    const other = await citizenOf(testApp());
    const blocks = async (auth: string) => {
      const res = await api().get('/api/offers').set('Authorization', auth);
      expect(res.status).toBe(200);
      const of = (id: number) =>
        res.body.find((o: { id: number }) => o.id === id).claimBlock;
      return [of(daily.id), of(single.id)];
    };
    expect(await blocks(other.auth)).toEqual([null, null]);

    for (const offer of [daily, single]) {
      expect((await claim(testApp(), offer.id, holder.auth)).status).toBe(201);
    }
    const limit = {
      code: 'claim_limit_reached',
      message: '已达到每人领取上限',
    };
    expect(await blocks(holder.auth)).toEqual([limit, limit]);
    expect(await blocks(other.auth)).toEqual([
      { code: 'daily_quota_exhausted', message: '今日名额已领完，请明天再来' },
      { code: 'quota_exhausted', message: '权益已领完' },
    ]);
    // The list and the claim agree.
    const refused = await claim(testApp(), daily.id, other.auth);
    expect(refused.body.error.code).toBe('daily_quota_exhausted');
  });

  test('the holder cancels an unused voucher and the quota comes back', async () => {
    const { offer, staff } = await shopWithOffer(testApp(), {
      quota: 1,
      perDayQuota: 1,
    });
    const holder = await citizenOf(testApp());
    const waiting = await citizenOf(testApp());
    const voucher = (await claim(testApp(), offer.id, holder.auth)).body;
    expect(
      (await claim(testApp(), offer.id, waiting.auth)).body.error.code,
    ).toBe('quota_exhausted');

    const stranger = await citizenOf(testApp());
    const notMine = await api()
      .post(`/api/me/vouchers/${voucher.id}/cancel`)
      .set('Authorization', stranger.auth)
      .send({});
    expect(notMine.status).toBe(404);
    expect(notMine.body.error.code).toBe('voucher_not_found');

    const cancel = () =>
      api()
        .post(`/api/me/vouchers/${voucher.id}/cancel`)
        .set('Authorization', holder.auth)
        .send({});
    const cancelled = await cancel();
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      id: voucher.id,
      status: 'cancelled',
    });
    const again = await cancel();
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('voucher_cancelled');

    const redeem = await api()
      .post('/api/merchant/redemptions')
      .set('Authorization', staff.auth)
      .send({ code: voucher.code });
    expect(redeem.status).toBe(409);
    expect(redeem.body.error.code).toBe('voucher_cancelled');

    // The total, the day's count and the holder's own slot are free again.
    expect((await claim(testApp(), offer.id, waiting.auth)).status).toBe(201);
    await cancelAll(waiting.auth);
    expect((await claim(testApp(), offer.id, holder.auth)).status).toBe(201);
  });

  test('a sold-out offer still asks for a valid token before refusing', async () => {
    const { offer } = await shopWithOffer(testApp(), { quota: 1 });
    const holder = await citizenOf(testApp());
    const late = await citizenOf(testApp());
    expect((await claim(testApp(), offer.id, holder.auth)).status).toBe(201);
    // The database says sold out once; later taps meet the mark.
    for (let tap = 0; tap < 2; tap++) {
      const refused = await claim(testApp(), offer.id, late.auth);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('quota_exhausted');
    }

    const anonymous = await api()
      .post(`/api/offers/${offer.id}/claims`)
      .send({ idempotencyKey: 'anonymous-tap' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    const forged = await claim(testApp(), offer.id, 'Bearer not.a.token');
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('token_invalid');
  });

  test('a claimant whose account is gone or acts for no subject is refused', async () => {
    const { offer } = await shopWithOffer(testApp());
    const gone = await citizenOf(testApp());
    await gone.user.destroy();
    const noSubject = await testApp().createUser();

    for (const offerId of [offer.id, 999_999]) {
      const forged = await claim(testApp(), offerId, gone.auth);
      expect(forged.status).toBe(401);
      expect(forged.body.error.code).toBe('token_invalid');
      const merchantOnly = await claim(testApp(), offerId, noSubject.auth);
      expect(merchantOnly.status).toBe(403);
      expect(merchantOnly.body.error.code).toBe('no_subject');
    }
    const missing = await claim(
      testApp(),
      999_999,
      (await citizenOf(testApp())).auth,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('offer_not_found');
    const { Claim } = testApp().deps.db.models;
    expect(await Claim.count({ where: { offerId: offer.id } })).toBe(0);
  });

  async function cancelAll(auth: string) {
    const mine = await api().get('/api/me/vouchers').set('Authorization', auth);
    for (const v of mine.body) {
      if (v.status === 'issued') {
        await api()
          .post(`/api/me/vouchers/${v.id}/cancel`)
          .set('Authorization', auth)
          .send({});
      }
    }
  }

  test('a redeemed voucher cannot be cancelled', async () => {
    const { offer, staff } = await shopWithOffer(testApp());
    const holder = await citizenOf(testApp());
    const voucher = (await claim(testApp(), offer.id, holder.auth)).body;
    await api()
      .post('/api/merchant/redemptions')
      .set('Authorization', staff.auth)
      .send({ code: voucher.code });
    const cancel = await api()
      .post(`/api/me/vouchers/${voucher.id}/cancel`)
      .set('Authorization', holder.auth)
      .send({});
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.code).toBe('voucher_already_redeemed');
    await offer.reload();
    expect(offer.claimed).toBe(1);
  });

  test('staff of another merchant cannot redeem; a double scan says when and where', async () => {
    const { offer, merchant, staff } = await shopWithOffer(testApp());
    const other = await shopWithOffer(testApp());
    const holder = await citizenOf(testApp());
    const voucher = (await claim(testApp(), offer.id, holder.auth)).body;
    const redeem = (auth: string) =>
      api()
        .post('/api/merchant/redemptions')
        .set('Authorization', auth)
        .send({ code: voucher.code });

    const wrong = await redeem(other.staff.auth);
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('voucher_wrong_merchant');

    await staff.user.update({ displayName: '李晓梅' });
    const first = await redeem(staff.auth);
    expect(first.status).toBe(201);
    const colleague = await staffOf(testApp(), merchant.id);
    const second = await redeem(colleague.auth);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'voucher_already_redeemed',
      details: {
        redeemedAt: first.body.redeemedAt,
        merchant: merchant.name,
        staff: '李*梅',
      },
    });
  });

  test('an expired voucher cannot be redeemed', async () => {
    const { offer, staff } = await shopWithOffer(testApp());
    const holder = await citizenOf(testApp());
    const voucher = (await claim(testApp(), offer.id, holder.auth)).body;
    await testApp().deps.db.models.Voucher.update(
      { expiresAt: new Date(Date.now() - 1000) },
      { where: { id: voucher.id } },
    );
    const res = await api()
      .post('/api/merchant/redemptions')
      .set('Authorization', staff.auth)
      .send({ code: voucher.code });
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('voucher_expired');
  });

  test('bad voucher ids are refused with stable codes', async () => {
    const holder = await citizenOf(testApp());
    for (const id of ['abc', '0', '-1', '1.5']) {
      const res = await api()
        .post(`/api/me/vouchers/${id}/cancel`)
        .set('Authorization', holder.auth)
        .send({});
      expect(res.body.error.code).toBe('voucher_not_found');
    }
    const extra = await api()
      .post('/api/me/vouchers/1/cancel')
      .set('Authorization', holder.auth)
      .send({ reason: 'x' });
    expect(extra.body.error.code).toBe('unknown_field');
  });
});
