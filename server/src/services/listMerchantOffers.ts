// Offers for the merchant's own pages (all of its offers, newest first)
// and for the credit office's review queue (one status, oldest first).
import type { MerchantOfferView, OfferStatus } from '@creditplus/shared';

import type { Database } from '../db/database';
import { presentMerchantOffers } from './presentMerchantOffers';

const LIMIT = 200;

export async function listMerchantOffers(
  db: Database,
  merchantId: number,
): Promise<MerchantOfferView[]> {
  const offers = await db.models.Offer.findAll({
    where: { merchantId },
    order: [['id', 'DESC']],
    limit: LIMIT,
  });
  return presentMerchantOffers(db, offers);
}

export async function listOffersByStatus(
  db: Database,
  status: OfferStatus,
): Promise<MerchantOfferView[]> {
  const offers = await db.models.Offer.findAll({
    where: { status },
    order: [['id', 'ASC']],
    limit: LIMIT,
  });
  return presentMerchantOffers(db, offers);
}
