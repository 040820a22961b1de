// A merchant's statistics: per offer and in total, including the
// deposits it waived for creditworthy customers (the credit dividend).
import type { MerchantStatsView } from '@creditplus/shared';

import type { Database } from '../db/database';
import { NO_STATS, offerStats, sumStats } from './offerStats';

export async function merchantStats(
  db: Database,
  merchantId: number,
): Promise<MerchantStatsView> {
  const merchant = await db.models.Merchant.findByPk(merchantId, {
    rejectOnEmpty: true,
  });
  const offers = await db.models.Offer.findAll({
    where: { merchantId },
    order: [['id', 'ASC']],
  });
  const stats = await offerStats(db, offers);
  return {
    merchant: {
      id: merchant.id,
      name: merchant.name,
      ...sumStats(stats.values()),
    },
    offers: offers.map((offer) => ({
      id: offer.id,
      title: offer.title,
      status: offer.status,
      ...(stats.get(offer.id) ?? NO_STATS),
    })),
  };
}
