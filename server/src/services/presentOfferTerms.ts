// The terms of an offer as every viewer sees them: the citizen's list,
// the merchant's own list and the credit office's review queue.
import type { OfferView } from '@creditplus/shared';

import type { Merchant, Offer } from '../db/models';

export type OfferTermsView = Omit<
  OfferView,
  'eligibility' | 'myClaims' | 'claimBlock'
>;

export function presentOfferTerms(
  offer: Offer,
  merchant: Merchant,
): OfferTermsView {
  return {
    id: offer.id,
    title: offer.title,
    description: offer.description,
    kind: offer.kind,
    scene: offer.scene,
    merchant: { id: merchant.id, name: merchant.name },
    subjectKinds: offer.subjectKinds,
    minGrade: offer.minGrade,
    valueFen: offer.valueFen,
    discountPercent: offer.discountPercent ?? null,
    minScore: offer.minScore ?? null,
    redlistOnly: Boolean(offer.redlistOnly),
    excludedLists: offer.excludedLists,
    regionPrefix: offer.regionPrefix ?? null,
    quota: offer.quota,
    remaining: Math.max(0, offer.quota - offer.claimed),
    perSubjectLimit: offer.perSubjectLimit,
    perDayQuota: offer.perDayQuota ?? null,
    validFrom: offer.validFrom.toISOString(),
    validTo: offer.validTo.toISOString(),
  };
}
