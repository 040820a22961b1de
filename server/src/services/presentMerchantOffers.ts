// Offers as their merchant and the credit office see them: every status,
// the review's outcome and the statistics.
import type { MerchantOfferView } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Offer } from '../db/models';
import { NO_STATS, offerStats } from './offerStats';
import { presentOfferTerms } from './presentOfferTerms';

export async function presentMerchantOffers(
  db: Database,
  offers: Offer[],
): Promise<MerchantOfferView[]> {
  const merchants = await db.models.Merchant.findAll({
    where: { id: [...new Set(offers.map((o) => o.merchantId))] },
  });
  const merchantOf = new Map(merchants.map((m) => [m.id, m]));
  const stats = await offerStats(db, offers);
  return offers.map((offer) => ({
    ...presentOfferTerms(offer, merchantOf.get(offer.merchantId)!),
    status: offer.status,
    voucherTtlHours: offer.voucherTtlHours,
    reviewReason: offer.reviewReason ?? null,
    reviewedAt: offer.reviewedAt?.toISOString() ?? null,
    stats: stats.get(offer.id) ?? NO_STATS,
  }));
}
