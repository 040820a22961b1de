// The merchant moves its offer along the lifecycle: submits, pauses,
// resumes, ends. Each move is a conditional update from the allowed
// states, so a move racing another fails cleanly with 409.
import type { MerchantOfferView, OfferAction } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Offer } from '../db/models';
import { merchantTransitions, Transition } from '../domain/offerLifecycle';
import { AppError } from '../errors';
import { presentMerchantOffers } from './presentMerchantOffers';

export async function changeOfferStatus(
  db: Database,
  request: { merchantId: number; offerId: number; action: OfferAction },
): Promise<MerchantOfferView> {
  const offer = await db.models.Offer.findOne({
    where: { id: request.offerId, merchantId: request.merchantId },
  });
  if (offer === null) throw new AppError('offer_not_found');
  // Publication needs an approved merchant: a pending or refused one may
  // prepare drafts but not put them before the office.
  if (request.action === 'submit' || request.action === 'resume') {
    await requireApprovedMerchant(db, offer.merchantId);
  }
  await moveOffer(
    db,
    offer,
    merchantTransitions[request.action],
    request.action,
  );
  const [view] = await presentMerchantOffers(db, [offer]);
  return view;
}

export async function requireApprovedMerchant(
  db: Database,
  merchantId: number,
): Promise<void> {
  const merchant = await db.models.Merchant.findByPk(merchantId, {
    rejectOnEmpty: true,
  });
  if (merchant.status !== 'approved') {
    throw new AppError('merchant_not_approved', { status: merchant.status });
  }
}

export async function moveOffer(
  db: Database,
  offer: Offer,
  transition: Transition,
  action: string,
  extra: Partial<Pick<Offer, 'reviewReason' | 'reviewedAt'>> = {},
): Promise<void> {
  const [changed] = await db.models.Offer.update(
    { status: transition.to, ...extra },
    { where: { id: offer.id, status: transition.from } },
  );
  await offer.reload();
  if (changed === 0) {
    throw new AppError('offer_state_conflict', {
      status: offer.status,
      action,
    });
  }
}
