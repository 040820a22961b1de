import { createMemoryCache } from '../cache/memoryCache';
import { AppError } from '../errors';
import { createOffer, createSubject, createUser } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { claimWithPrecheck } from './claimPrecheck';

describe('claimWithPrecheck', () => {
  const db = useTestDatabase();
  const deps = () => ({ db: db(), cache: createMemoryCache() });

  async function tap(offerId: number, idempotencyKey = 'first-tap') {
    const subject = await createSubject(db());
    const user = await createUser(db(), { subjectId: subject.id });
    const request = {
      offerId,
      subjectId: subject.id,
      userId: user.id,
      idempotencyKey,
    };
    return { request, result: claimWithPrecheck(deps(), request) };
  }

  async function code(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof AppError)) throw new Error(`not refused: ${error}`);
    return error.code;
  }

  test('a tap on a sold-out offer is refused without a transaction', async () => {
    const offer = await createOffer(db(), { quota: 1 });
    await (
      await tap(offer.id)
    ).result;
    const transaction = jest.spyOn(db().sequelize, 'transaction');

    const refused = await code((await tap(offer.id)).result);

    expect(refused).toBe('quota_exhausted');
    expect(transaction).not.toHaveBeenCalled();
    transaction.mockRestore();
  });

  test('a place freed in the database is claimable at once', async () => {
    const offer = await createOffer(db(), { quota: 1 });
    await (
      await tap(offer.id)
    ).result;
    expect(await code((await tap(offer.id)).result)).toBe('quota_exhausted');

    await db().models.Offer.update({ claimed: 0 }, { where: { id: offer.id } });

    expect((await (await tap(offer.id)).result).created).toBe(true);
  });

  test('a retried tap on a sold-out offer still gets its voucher', async () => {
    const offer = await createOffer(db(), { quota: 1 });
    const first = await tap(offer.id, 'retried-tap');
    const voucher = (await first.result).voucher;

    const again = await claimWithPrecheck(deps(), first.request);

    expect(again.created).toBe(false);
    expect(again.voucher.code).toBe(voucher.code);
  });
});
