// The credit office approves a pending merchant or refuses it with a
// reason. The conditional update makes two reviewers racing each other
// end with one decision, not two.
import type { MerchantView, ReviewDecision } from '@creditplus/shared';

import type { Database } from '../db/database';
import { AppError } from '../errors';
import { presentMerchants } from './presentMerchants';

export interface MerchantReview {
  merchantId: number;
  decision: ReviewDecision;
  reason: string | null;
}

export async function reviewMerchant(
  db: Database,
  review: MerchantReview,
  now: Date = new Date(),
): Promise<MerchantView> {
  const { Merchant } = db.models;
  if (review.decision === 'refuse' && review.reason === null) {
    throw new AppError('review_reason_required');
  }
  const merchant = await Merchant.findByPk(review.merchantId);
  if (merchant === null) throw new AppError('merchant_not_found');

  const [changed] = await Merchant.update(
    {
      status: review.decision === 'approve' ? 'approved' : 'refused',
      reviewReason: review.reason,
      reviewedAt: now,
    },
    { where: { id: merchant.id, status: 'pending' } },
  );
  if (changed === 0) {
    await merchant.reload();
    throw new AppError('merchant_not_pending', { status: merchant.status });
  }
  await merchant.reload();
  const [view] = await presentMerchants(db, [merchant]);
  return view;
}
