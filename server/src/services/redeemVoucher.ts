// Merchant staff redeem a voucher: only their merchant's, only before it
// expires, and only once, by a conditional update that a second attempt,
// however close, cannot pass. The second scan is told when and where the
// first one happened, so the counter can settle a dispute on the spot.
import { maskName, RedemptionView } from '@creditplus/shared';
import { Op } from 'sequelize';

import type { Database } from '../db/database';
import type { Voucher } from '../db/models';
import { AppError } from '../errors';

export interface RedeemRequest {
  code: string;
  staffUserId: number;
  merchantId: number;
}

export async function redeemVoucher(
  db: Database,
  request: RedeemRequest,
  now: Date = new Date(),
): Promise<RedemptionView> {
  const { Voucher, Claim, Offer } = db.models;
  const voucher = await Voucher.findOne({ where: { code: request.code } });
  if (voucher === null) throw new AppError('voucher_not_found');
  const claim = await Claim.findByPk(voucher.claimId, { rejectOnEmpty: true });
  const offer = await Offer.findByPk(claim.offerId, { rejectOnEmpty: true });
  if (offer.merchantId !== request.merchantId) {
    throw new AppError('voucher_wrong_merchant');
  }

  const [redeemed] = await Voucher.update(
    {
      status: 'redeemed',
      redeemedAt: now,
      redeemedByUserId: request.staffUserId,
    },
    {
      where: {
        id: voucher.id,
        status: 'issued',
        expiresAt: { [Op.gt]: now },
      },
    },
  );
  if (redeemed === 0) throw await refusal(db, voucher);

  await voucher.reload();
  const [view] = await presentRedemptions(db, [voucher]);
  return view;
}

async function refusal(db: Database, voucher: Voucher): Promise<AppError> {
  await voucher.reload();
  if (voucher.status === 'redeemed') {
    return new AppError('voucher_already_redeemed', {
      redeemedAt: voucher.redeemedAt?.toISOString() ?? null,
      ...(await redeemedWhere(db, voucher)),
    });
  }
  if (voucher.status === 'cancelled') return new AppError('voucher_cancelled');
  return new AppError('voucher_expired', {
    expiresAt: voucher.expiresAt.toISOString(),
  });
}

// The merchant and the staff member (masked) that redeemed the voucher.
async function redeemedWhere(
  db: Database,
  voucher: Voucher,
): Promise<{ merchant: string; staff: string | null }> {
  const claim = await db.models.Claim.findByPk(voucher.claimId, {
    rejectOnEmpty: true,
  });
  const offer = await db.models.Offer.findByPk(claim.offerId, {
    rejectOnEmpty: true,
  });
  const merchant = await db.models.Merchant.findByPk(offer.merchantId, {
    rejectOnEmpty: true,
  });
  const staff =
    voucher.redeemedByUserId === null
      ? null
      : await db.models.User.findByPk(voucher.redeemedByUserId);
  return {
    merchant: merchant.name,
    staff: staff === null ? null : maskName(staff.displayName),
  };
}

/** What staff see of redeemed vouchers: the holder's name masked. */
export async function presentRedemptions(
  db: Database,
  vouchers: Voucher[],
): Promise<RedemptionView[]> {
  const { Claim, Offer, Subject } = db.models;
  const claims = await Claim.findAll({
    where: { id: vouchers.map((v) => v.claimId) },
  });
  const offers = await Offer.findAll({
    where: { id: [...new Set(claims.map((c) => c.offerId))] },
  });
  const subjects = await Subject.findAll({
    where: { id: [...new Set(claims.map((c) => c.subjectId))] },
  });
  const claimOf = new Map(claims.map((c) => [c.id, c]));
  const offerOf = new Map(offers.map((o) => [o.id, o]));
  const subjectOf = new Map(subjects.map((s) => [s.id, s]));

  return vouchers.map((voucher) => {
    const claim = claimOf.get(voucher.claimId)!;
    const offer = offerOf.get(claim.offerId)!;
    const subject = subjectOf.get(claim.subjectId)!;
    return {
      voucherId: voucher.id,
      claimId: claim.id,
      offer: { id: offer.id, title: offer.title },
      holder: subject.kind === 'person' ? maskName(subject.name) : subject.name,
      redeemedAt: (voucher.redeemedAt as Date).toISOString(),
    };
  });
}
