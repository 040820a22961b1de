// The vouchers a merchant has redeemed, newest first.
import type { RedemptionView } from '@creditplus/shared';

import type { Database } from '../db/database';
import { presentRedemptions } from './redeemVoucher';

const LIMIT = 200;

export async function listRedemptions(
  db: Database,
  merchantId: number,
): Promise<RedemptionView[]> {
  const offers = await db.models.Offer.findAll({ where: { merchantId } });
  const claims = await db.models.Claim.findAll({
    where: { offerId: offers.map((o) => o.id) },
  });
  const vouchers = await db.models.Voucher.findAll({
    where: { claimId: claims.map((c) => c.id), status: 'redeemed' },
    order: [['redeemedAt', 'DESC']],
    limit: LIMIT,
  });
  return presentRedemptions(db, vouchers);
}
