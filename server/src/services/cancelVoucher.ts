// The holder cancels an unused voucher and its quota goes back: the
// offer's total, the per-day count of the day it was claimed and the
// holder's own slot, all in one transaction with the voucher's change, so
// a cancellation counted twice or half-applied cannot happen.
import { todayInShanghai, VoucherView } from '@creditplus/shared';
import { Op, Transaction } from 'sequelize';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { Voucher } from '../db/models';
import { AppError } from '../errors';
import { presentVouchers } from './presentVouchers';
import { clearSoldOut } from './soldOutOffers';

export interface CancelRequest {
  voucherId: number;
  subjectId: number;
}

export async function cancelVoucher(
  deps: { db: Database; cache: Cache },
  request: CancelRequest,
  now: Date = new Date(),
): Promise<VoucherView> {
  const { db } = deps;
  const { Voucher, Claim, Offer, OfferDayCounter } = db.models;
  const voucher = await Voucher.findByPk(request.voucherId);
  const claim =
    voucher && (await Claim.findByPk(voucher.claimId, { rejectOnEmpty: true }));
  // Another subject's voucher is as good as missing: its existence is none
  // of the caller's business.
  if (!voucher || !claim || claim.subjectId !== request.subjectId) {
    throw new AppError('voucher_not_found');
  }

  await db.sequelize.transaction(async (transaction) => {
    // The offer's row first, as in claimOffer; undone below on refusal.
    await Offer.update(
      { claimed: db.sequelize.literal('claimed - 1') },
      { where: { id: claim.offerId, claimed: { [Op.gt]: 0 } }, transaction },
    );
    const [cancelled] = await Voucher.update(
      { status: 'cancelled', cancelledAt: now },
      {
        where: {
          id: voucher.id,
          status: 'issued',
          expiresAt: { [Op.gt]: now },
        },
        transaction,
      },
    );
    if (cancelled === 0) throw await refusal(voucher, transaction);

    await OfferDayCounter.update(
      { claimed: db.sequelize.literal('claimed - 1') },
      {
        where: {
          offerId: claim.offerId,
          day: todayInShanghai(claim.createdAt),
          claimed: { [Op.gt]: 0 },
        },
        transaction,
      },
    );
    // A negative slot is unique (claim ids are) and frees the holder's.
    await Claim.update(
      { slot: -claim.id },
      { where: { id: claim.id }, transaction },
    );
  });

  // The place is free again: the offer may no longer be refused as sold
  // out.
  await clearSoldOut(deps.cache, claim.offerId);
  await voucher.reload();
  const [view] = await presentVouchers(db, [voucher], now);
  return view;
}

async function refusal(
  voucher: Voucher,
  transaction: Transaction,
): Promise<AppError> {
  await voucher.reload({ transaction });
  if (voucher.status === 'redeemed') {
    return new AppError('voucher_already_redeemed', {
      redeemedAt: voucher.redeemedAt?.toISOString() ?? null,
    });
  }
  if (voucher.status === 'cancelled') return new AppError('voucher_cancelled');
  return new AppError('voucher_expired', {
    expiresAt: voucher.expiresAt.toISOString(),
  });
}
