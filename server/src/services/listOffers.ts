// Published offers with what remains of each and, for a user acting for a
// subject, whether that subject may claim it now and how many it holds.
import type { Eligibility, OfferView, SubjectKind } from '@creditplus/shared';
import { Op } from 'sequelize';

import { decideEligibility } from '../domain/eligibility';
import { getRating, RatingDeps } from './getRating';

const NO_SUBJECT: Eligibility = {
  eligible: false,
  reasons: [{ code: 'no_subject', message: '当前账号未绑定信用主体' }],
};

export async function listOffers(
  deps: RatingDeps,
  subjectId: number | null,
  now: Date = new Date(),
): Promise<OfferView[]> {
  const { Offer, Merchant, Claim, Subject } = deps.db.models;
  const offers = await Offer.findAll({
    where: { status: 'published', validTo: { [Op.gte]: now } },
    order: [['id', 'ASC']],
  });
  const merchants = await Merchant.findAll({
    where: { id: [...new Set(offers.map((o) => o.merchantId))] },
  });
  const merchantOf = new Map(merchants.map((m) => [m.id, m]));

  let standing: {
    kind: SubjectKind;
    grade: string;
    blacklisted: boolean;
  } | null = null;
  const held = new Map<number, number>();
  if (subjectId !== null) {
    const subject = await Subject.findByPk(subjectId, { rejectOnEmpty: true });
    const rating = await getRating(deps, subjectId, now);
    standing = {
      kind: subject.kind,
      grade: rating.grade,
      blacklisted: rating.blacklisted,
    };
    const claims = await Claim.findAll({ where: { subjectId } });
    for (const claim of claims) {
      held.set(claim.offerId, (held.get(claim.offerId) ?? 0) + 1);
    }
  }

  return offers.map((offer) => {
    const merchant = merchantOf.get(offer.merchantId)!;
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
      quota: offer.quota,
      remaining: Math.max(0, offer.quota - offer.claimed),
      perSubjectLimit: offer.perSubjectLimit,
      validFrom: offer.validFrom.toISOString(),
      validTo: offer.validTo.toISOString(),
      eligibility:
        standing === null
          ? NO_SUBJECT
          : decideEligibility(offer, standing, now),
      myClaims: held.get(offer.id) ?? 0,
    };
  });
}
