import { createMemoryCache } from '../cache/memoryCache';
import { AppError } from '../errors';
import {
  createOffer,
  createRecord,
  createSubject,
  createUser,
} from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { claimOffer } from './claimOffer';
import { getRating } from './getRating';
import { presentVouchers } from './presentVouchers';
import { forgetRatings } from './ratingCache';
import { redeemVoucher } from './redeemVoucher';
import { rescoreSubject } from './rescoreSubject';

describe('claimOffer', () => {
  const db = useTestDatabase();
  const deps = () => ({ db: db(), cache: createMemoryCache() });

  async function citizen() {
    const subject = await createSubject(db());
    const user = await createUser(db(), { subjectId: subject.id });
    return { subject, user };
  }

  function claim(
    offerId: number,
    who: { subject: { id: number }; user: { id: number } },
    idempotencyKey: string,
  ) {
    return claimOffer(deps(), {
      offerId,
      userId: who.user.id,
      idempotencyKey,
    });
  }

  async function refusal(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof AppError)) throw new Error(`not refused: ${error}`);
    return error;
  }

  test('50 parallel claims by one subject on a quota-1 offer give one voucher', async () => {
    const offer = await createOffer(db(), { quota: 1 });
    const who = await citizen();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => claim(offer.id, who, `tap-${i}`)),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db().models.Voucher.count({})).toBeGreaterThanOrEqual(1);
    const claims = await db().models.Claim.count({
      where: { offerId: offer.id },
    });
    expect(claims).toBe(1);
    await offer.reload();
    expect(offer.claimed).toBe(1);
    for (const r of results) {
      if (r.status === 'rejected') {
        expect(['quota_exhausted', 'claim_limit_reached']).toContain(
          (r.reason as AppError).code,
        );
      }
    }
  });

  test('50 subjects on a quota-10 offer get exactly 10 vouchers', async () => {
    const offer = await createOffer(db(), { quota: 10 });
    const people = await Promise.all(Array.from({ length: 50 }, citizen));
    const results = await Promise.allSettled(
      people.map((who) => claim(offer.id, who, 'first-tap')),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    expect(
      await db().models.Claim.count({ where: { offerId: offer.id } }),
    ).toBe(10);
    await offer.reload();
    expect(offer.claimed).toBe(10);
  });

  test('the same idempotency key twice returns the same voucher', async () => {
    const offer = await createOffer(db());
    const who = await citizen();
    const first = await claim(offer.id, who, 'key-1');
    const again = await claim(offer.id, who, 'key-1');
    expect(first.created).toBe(true);
    expect(again).toEqual({ voucher: first.voucher, created: false });
    expect(first.voucher.code).toMatch(/^[0-9a-f]{32}$/);

    const other = await createOffer(db());
    const error = await refusal(claim(other.id, who, 'key-1'));
    expect(error.code).toBe('idempotency_key_conflict');
  });

  test('parallel retries with one key give one voucher', async () => {
    const offer = await createOffer(db(), { quota: 5 });
    const who = await citizen();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => claim(offer.id, who, 'double-tap')),
    );
    expect(new Set(results.map((r) => r.voucher.code)).size).toBe(1);
    await offer.reload();
    expect(offer.claimed).toBe(1);
  });

  test('a blacklisted subject is refused with the reason, stored nowhere', async () => {
    const offer = await createOffer(db(), { minGrade: null });
    const who = await citizen();
    await createRecord(db(), who.subject, {
      type: 'blacklist',
      severity: null,
    });

    const error = await refusal(claim(offer.id, who, 'k'));
    expect(error.code).toBe('not_eligible');
    expect(error.details).toEqual({
      reasons: [expect.objectContaining({ code: 'blacklisted' })],
    });
    expect(
      await db().models.Claim.count({ where: { offerId: offer.id } }),
    ).toBe(0);
  });

  test('eligibility at claim time is stored on the claim', async () => {
    const offer = await createOffer(db(), { minGrade: 'A' });
    const who = await citizen();
    await claim(offer.id, who, 'k');
    const stored = await db().models.Claim.findOne({
      where: { offerId: offer.id },
    });
    expect(stored?.eligibility).toMatchObject({
      eligible: true,
      grade: 'A',
      score: 650,
      modelVersion: 1,
    });
  });

  test('a record added after a rating was read is reflected at claim time', async () => {
    const offer = await createOffer(db(), { minGrade: 'A' });
    const who = await citizen();
    const cached = deps();
    expect((await getRating(cached, who.subject.id)).grade).toBe('A');

    // A serious penalty arrives; as importRecords does, the subject is
    // rescored and its cached rating retired after the change.
    await createRecord(db(), who.subject, { severity: 'serious' });
    await rescoreSubject(db(), who.subject.id);
    await forgetRatings(cached.cache, [who.subject.id]);

    const error = await refusal(
      claimOffer(cached, {
        offerId: offer.id,
        userId: who.user.id,
        idempotencyKey: 'k',
      }),
    );
    expect(error.code).toBe('not_eligible');
  });

  test('a tap on a sold-out offer is refused without a transaction', async () => {
    const offer = await createOffer(db(), { quota: 1 });
    await claim(offer.id, await citizen(), 'first-tap');
    const transaction = jest.spyOn(db().sequelize, 'transaction');

    const error = await refusal(claim(offer.id, await citizen(), 'late-tap'));

    expect(error.code).toBe('quota_exhausted');
    expect(transaction).not.toHaveBeenCalled();
    transaction.mockRestore();
  });

  test('a place freed in the database is claimable at once', async () => {
    const offer = await createOffer(db(), { quota: 1 });
    await claim(offer.id, await citizen(), 'first-tap');
    const late = await citizen();
    expect((await refusal(claim(offer.id, late, 'tap-1'))).code).toBe(
      'quota_exhausted',
    );

    await db().models.Offer.update({ claimed: 0 }, { where: { id: offer.id } });

    expect((await claim(offer.id, late, 'tap-2')).created).toBe(true);
  });

  test('a retried tap on a sold-out offer still gets its voucher', async () => {
    const offer = await createOffer(db(), { quota: 1 });
    const who = await citizen();
    const first = await claim(offer.id, who, 'retried-tap');

    const again = await claim(offer.id, who, 'retried-tap');

    expect(again).toEqual({ voucher: first.voucher, created: false });
  });

  test('the voucher answered is the one stored', async () => {
    const offer = await createOffer(db());
    const { voucher } = await claim(offer.id, await citizen(), 'k');
    const stored = await db().models.Voucher.findByPk(voucher.id, {
      rejectOnEmpty: true,
    });
    expect([voucher]).toEqual(
      await presentVouchers(db(), [stored], new Date()),
    );
  });

  test('a held slot refuses another claim before any transaction', async () => {
    const offer = await createOffer(db(), { perSubjectLimit: 2 });
    const who = await citizen();
    await claim(offer.id, who, 'tap-1');
    await claim(offer.id, who, 'tap-2');
    const transaction = jest.spyOn(db().sequelize, 'transaction');

    const error = await refusal(claim(offer.id, who, 'tap-3'));

    expect(error.code).toBe('claim_limit_reached');
    expect(transaction).not.toHaveBeenCalled();
    transaction.mockRestore();
    const slots = await db().models.Claim.findAll({
      where: { offerId: offer.id },
      order: [['slot', 'ASC']],
    });
    expect(slots.map((c) => c.slot)).toEqual([1, 2]);
  });

  test('a rating stored on an earlier day is recomputed before deciding', async () => {
    const offer = await createOffer(db(), { minGrade: 'A' });
    const who = await citizen();
    await rescoreSubject(db(), who.subject.id);
    // A serious penalty was recorded, but nothing rescored the subject
    // since yesterday: the stored rating is stale and must not be used.
    await createRecord(db(), who.subject, { severity: 'serious' });
    const yesterday = new Date(Date.now() - 86_400_000);
    await db().models.Rating.update(
      { computedAt: yesterday },
      { where: { subjectId: who.subject.id } },
    );

    const error = await refusal(claim(offer.id, who, 'k'));
    expect(error.code).toBe('not_eligible');
  });

  test('a paused or ended offer is not available', async () => {
    const who = await citizen();
    const paused = await createOffer(db(), { status: 'paused' });
    expect((await refusal(claim(paused.id, who, 'a'))).code).toBe(
      'offer_not_available',
    );
    const ended = await createOffer(db(), {
      validFrom: new Date('2020-01-01'),
      validTo: new Date('2020-02-01'),
    });
    expect((await refusal(claim(ended.id, who, 'b'))).code).toBe(
      'offer_not_available',
    );
    expect((await refusal(claim(999_999, who, 'c'))).code).toBe(
      'offer_not_found',
    );
  });
});

describe('redeemVoucher', () => {
  const db = useTestDatabase();

  async function issued() {
    const offer = await createOffer(db());
    const subject = await createSubject(db(), 'person', '吴明一');
    const user = await createUser(db(), { subjectId: subject.id });
    const staff = await createUser(db(), {
      role: 'merchant',
      merchantId: offer.merchantId,
    });
    const { voucher } = await claimOffer(
      { db: db(), cache: createMemoryCache() },
      {
        offerId: offer.id,
        userId: user.id,
        idempotencyKey: 'k',
      },
    );
    return { offer, voucher, staff };
  }

  test('redeems once, showing the holder masked; the second says when', async () => {
    const { voucher, staff, offer } = await issued();
    const request = {
      code: voucher.code,
      staffUserId: staff.id,
      merchantId: offer.merchantId,
    };
    const results = await Promise.allSettled([
      redeemVoucher(db(), request),
      redeemVoucher(db(), request),
    ]);
    const done = results.filter((r) => r.status === 'fulfilled');
    expect(done).toHaveLength(1);
    const view = (done[0] as PromiseFulfilledResult<{ holder: string }>).value;
    expect(view.holder).toBe('吴*一');

    const again = await redeemVoucher(db(), request).catch((e: AppError) => e);
    expect(again).toMatchObject({ code: 'voucher_already_redeemed' });
    expect((again as AppError).details).toEqual({
      redeemedAt: expect.any(String),
      merchant: '测试企业有限公司',
      staff: expect.stringMatching(/^测\*+\d$/),
    });
  });

  test("another merchant's staff are refused", async () => {
    const { voucher, staff } = await issued();
    const other = await createOffer(db());
    const error = await redeemVoucher(db(), {
      code: voucher.code,
      staffUserId: staff.id,
      merchantId: other.merchantId,
    }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: 'voucher_wrong_merchant' });
  });

  test('an expired voucher is refused', async () => {
    const { voucher, staff, offer } = await issued();
    const later = new Date(Date.parse(voucher.expiresAt) + 1000);
    const error = await redeemVoucher(
      db(),
      {
        code: voucher.code,
        staffUserId: staff.id,
        merchantId: offer.merchantId,
      },
      later,
    ).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: 'voucher_expired' });
  });

  test('an unknown code is not found', async () => {
    const error = await redeemVoucher(db(), {
      code: '0'.repeat(32),
      staffUserId: 1,
      merchantId: 1,
    }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: 'voucher_not_found' });
  });
});
