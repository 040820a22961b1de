import { createMemoryCache } from '../cache/memoryCache';
import { createOffer, createSubject, createUser } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { cancelVoucher } from './cancelVoucher';
import { claimOffer } from './claimOffer';
import { getRating } from './getRating';

describe('cancelVoucher with claimOffer', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();
  const deps = () => ({ db: db(), cache });

  // Ratings are computed before the race, so the race is about quotas.
  async function citizens(count: number) {
    return Promise.all(
      Array.from({ length: count }, async () => {
        const subject = await createSubject(db());
        const user = await createUser(db(), { subjectId: subject.id });
        await getRating(deps(), subject.id);
        return { subject, user };
      }),
    );
  }

  const claim = (
    offerId: number,
    who: { subject: { id: number }; user: { id: number } },
    key: string,
    now?: Date,
  ) =>
    claimOffer(
      deps(),
      {
        offerId,
        userId: who.user.id,
        idempotencyKey: key,
      },
      now,
    );

  test('cancellations racing new claims never issue more than the quota', async () => {
    const offer = await createOffer(db(), { quota: 5, perDayQuota: 5 });
    const holders = await citizens(5);
    const vouchers = [];
    for (const who of holders) {
      vouchers.push((await claim(offer.id, who, 'first')).voucher);
    }
    const newcomers = await citizens(12);

    const results = await Promise.allSettled([
      ...vouchers.slice(0, 3).map((v, i) =>
        cancelVoucher(deps(), {
          voucherId: v.id,
          subjectId: holders[i].subject.id,
        }),
      ),
      ...newcomers.map((who) => claim(offer.id, who, 'race')),
    ]);

    const cancelled = results.slice(0, 3);
    expect(cancelled.every((r) => r.status === 'fulfilled')).toBe(true);
    const won = results.slice(3).filter((r) => r.status === 'fulfilled');
    expect(won.length).toBeLessThanOrEqual(3);
    const issued = await db().models.Voucher.count({
      where: { status: 'issued' },
    });
    const live = await db().models.Claim.count({
      where: { offerId: offer.id, slot: 1 },
    });
    await offer.reload();
    expect(live).toBe(2 + won.length);
    expect(live).toBeLessThanOrEqual(5);
    expect(offer.claimed).toBe(live);
    const day = await db().models.OfferDayCounter.findOne({
      where: { offerId: offer.id },
    });
    expect(day?.claimed).toBe(live);
    expect(issued).toBe(live);
  });

  test('the per-day quota opens again on the next Shanghai day', async () => {
    const offer = await createOffer(db(), { quota: 10, perDayQuota: 1 });
    const [a, b] = await citizens(2);
    // 23:30 and 00:30 in Shanghai: one calendar day apart.
    const late = new Date('2026-12-03T15:30:00Z');
    const early = new Date('2026-12-03T16:30:00Z');
    await offer.update({ validFrom: new Date('2026-12-01T00:00:00Z') });

    const night = await claim(offer.id, a, 'night', late);
    await expect(claim(offer.id, b, 'night', late)).rejects.toMatchObject({
      code: 'daily_quota_exhausted',
    });
    await expect(claim(offer.id, b, 'morning', early)).resolves.toMatchObject({
      created: true,
    });

    // Cancelled the next morning, the night's claim frees the night's day.
    await cancelVoucher(
      deps(),
      { voucherId: night.voucher.id, subjectId: a.subject.id },
      early,
    );
    const days = await db().models.OfferDayCounter.findAll({
      where: { offerId: offer.id },
      order: [['day', 'ASC']],
    });
    expect(days.map((d) => [d.day, d.claimed])).toEqual([
      ['2026-12-03', 0],
      ['2026-12-04', 1],
    ]);
  });
});
