// VoucherView bodies for a list of vouchers, loading what they refer to in
// one query per table.
import type { VoucherStatus, VoucherView } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Claim, Offer, Voucher } from '../db/models';

/** A voucher past its expiry reads as expired even before a job marks it. */
export function voucherStatus(
  voucher: Pick<Voucher, 'status' | 'expiresAt'>,
  now: Date,
): VoucherStatus {
  return voucher.status === 'issued' && voucher.expiresAt <= now
    ? 'expired'
    : voucher.status;
}

export async function presentVouchers(
  db: Database,
  vouchers: Voucher[],
  now: Date,
): Promise<VoucherView[]> {
  const { Claim, Offer, Merchant } = db.models;
  const claims = await Claim.findAll({
    where: { id: vouchers.map((v) => v.claimId) },
  });
  const offers = await Offer.findAll({
    where: { id: [...new Set(claims.map((c) => c.offerId))] },
  });
  const merchants = await Merchant.findAll({
    where: { id: [...new Set(offers.map((o) => o.merchantId))] },
  });
  const claimOf = new Map(claims.map((c) => [c.id, c]));
  const offerOf = new Map(offers.map((o) => [o.id, o]));
  const merchantOf = new Map(merchants.map((m) => [m.id, m]));

  return vouchers.map((voucher) => {
    const claim = claimOf.get(voucher.claimId)!;
    const offer = offerOf.get(claim.offerId)!;
    const merchant = merchantOf.get(offer.merchantId)!;
    return voucherView({ voucher, claim, offer, merchant }, now);
  });
}

/** What a voucher's body is made of: its rows, or what was just written. */
export interface VoucherParts {
  voucher: Pick<Voucher, 'id' | 'code' | 'status' | 'expiresAt' | 'redeemedAt'>;
  claim: Pick<Claim, 'createdAt'>;
  offer: Pick<Offer, 'id' | 'title' | 'kind'>;
  merchant: { id: number; name: string };
}

/** The body of a voucher whose claim, offer and merchant are in hand. */
export function voucherView(parts: VoucherParts, now: Date): VoucherView {
  const { voucher, claim, offer, merchant } = parts;
  return {
    id: voucher.id,
    code: voucher.code,
    status: voucherStatus(voucher, now),
    offer: { id: offer.id, title: offer.title, kind: offer.kind },
    merchant: { id: merchant.id, name: merchant.name },
    claimedAt: claim.createdAt.toISOString(),
    expiresAt: voucher.expiresAt.toISOString(),
    redeemedAt: voucher.redeemedAt?.toISOString() ?? null,
  };
}
