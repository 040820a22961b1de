// The credit office approves a submitted offer, which publishes it, or
// refuses it with a reason, which sends it back to the merchant as a
// draft. An offer of a merchant that is not approved is never published.
import type { MerchantOfferView, ReviewDecision } from '@creditplus/shared';

import type { Database } from '../db/database';
import { reviewTransitions } from '../domain/offerLifecycle';
import { AppError } from '../errors';
import { moveOffer, requireApprovedMerchant } from './changeOfferStatus';
import { presentMerchantOffers } from './presentMerchantOffers';

export async function reviewOffer(
  db: Database,
  review: { offerId: number; decision: ReviewDecision; reason: string | null },
  now: Date = new Date(),
): Promise<MerchantOfferView> {
  if (review.decision === 'refuse' && review.reason === null) {
    throw new AppError('review_reason_required');
  }
  const offer = await db.models.Offer.findByPk(review.offerId);
  if (offer === null) throw new AppError('offer_not_found');
  if (review.decision === 'approve') {
    await requireApprovedMerchant(db, offer.merchantId);
  }
  await moveOffer(
    db,
    offer,
    reviewTransitions[review.decision],
    review.decision,
    {
      reviewReason: review.reason,
      reviewedAt: now,
    },
  );
  const [view] = await presentMerchantOffers(db, [offer]);
  return view;
}
