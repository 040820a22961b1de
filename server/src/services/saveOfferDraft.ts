// A merchant's staff create an offer as a draft or replace a draft's
// terms. Only drafts change: once submitted, the terms are what the
// credit office reviewed and what claimants were shown.
import type { MerchantOfferView, OfferDraft } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Offer } from '../db/models';
import { EDITABLE } from '../domain/offerLifecycle';
import { AppError } from '../errors';
import { presentMerchantOffers } from './presentMerchantOffers';

export async function createOfferDraft(
  db: Database,
  merchantId: number,
  draft: OfferDraft,
): Promise<MerchantOfferView> {
  const offer = await db.models.Offer.create({
    ...columnsOf(draft),
    merchantId,
    status: 'draft',
  });
  const [view] = await presentMerchantOffers(db, [offer]);
  return view;
}

export async function replaceOfferDraft(
  db: Database,
  merchantId: number,
  offerId: number,
  draft: OfferDraft,
): Promise<MerchantOfferView> {
  const { Offer } = db.models;
  const offer = await Offer.findOne({ where: { id: offerId, merchantId } });
  if (offer === null) throw new AppError('offer_not_found');
  const [changed] = await Offer.update(columnsOf(draft), {
    where: { id: offer.id, status: EDITABLE },
  });
  await offer.reload();
  if (changed === 0) {
    throw new AppError('offer_state_conflict', {
      status: offer.status,
      action: 'edit',
    });
  }
  const [view] = await presentMerchantOffers(db, [offer]);
  return view;
}

function columnsOf(draft: OfferDraft) {
  return {
    title: draft.title,
    description: draft.description,
    kind: draft.kind,
    scene: draft.scene,
    subjectKinds: draft.subjectKinds,
    minGrade: draft.minGrade ?? null,
    minScore: draft.minScore ?? null,
    redlistOnly: draft.redlistOnly ?? false,
    excludedLists: draft.excludedLists ?? [],
    regionPrefix: draft.regionPrefix ?? null,
    quota: draft.quota,
    perSubjectLimit: draft.perSubjectLimit ?? 1,
    perDayQuota: draft.perDayQuota ?? null,
    valueFen: draft.valueFen ?? null,
    discountPercent: draft.discountPercent ?? null,
    validFrom: new Date(draft.validFrom),
    validTo: new Date(draft.validTo),
    voucherTtlHours: draft.voucherTtlHours,
  } satisfies Partial<Offer['_creationAttributes']>;
}
