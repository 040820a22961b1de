// Published offers with what remains of each and, for a user acting for a
// subject, whether that subject may claim it now and how many it holds.
import {
  todayInShanghai,
  type Eligibility,
  type OfferView,
} from '@creditplus/shared';
import { Op } from 'sequelize';

import { decideEligibility, SubjectStanding } from '../domain/eligibility';
import type { RatingDeps } from './getRating';
import { offerClaimBlock } from './offerClaimBlock';
import { presentOfferTerms } from './presentOfferTerms';
import { loadStanding } from './subjectStanding';

const NO_SUBJECT: Eligibility = {
  eligible: false,
  reasons: [{ code: 'no_subject', message: '当前账号未绑定信用主体' }],
};

export async function listOffers(
  deps: RatingDeps,
  subjectId: number | null,
  now: Date = new Date(),
): Promise<OfferView[]> {
  const { Offer, Merchant, Claim, Subject, OfferDayCounter } = deps.db.models;
  const offers = await Offer.findAll({
    where: { status: 'published', validTo: { [Op.gte]: now } },
    order: [['id', 'ASC']],
  });
  const merchants = await Merchant.findAll({
    where: { id: [...new Set(offers.map((o) => o.merchantId))] },
  });
  const merchantOf = new Map(merchants.map((m) => [m.id, m]));
  const dayCounters = await OfferDayCounter.findAll({
    where: {
      offerId: offers.filter((o) => o.perDayQuota !== null).map((o) => o.id),
      day: todayInShanghai(now),
    },
  });
  const claimedToday = new Map(dayCounters.map((c) => [c.offerId, c.claimed]));

  let standing: SubjectStanding | null = null;
  const held = new Map<number, number>();
  if (subjectId !== null) {
    const subject = await Subject.findByPk(subjectId, { rejectOnEmpty: true });
    ({ standing } = await loadStanding(deps, subject, {
      withRecordTypes: offers.some((o) => o.excludedLists.length > 0),
      now,
    }));
    // Cancelled claims carry a negative slot and no longer count.
    const claims = await Claim.findAll({
      where: { subjectId, slot: { [Op.gt]: 0 } },
    });
    for (const claim of claims) {
      held.set(claim.offerId, (held.get(claim.offerId) ?? 0) + 1);
    }
  }

  return offers.map((offer) => ({
    ...presentOfferTerms(offer, merchantOf.get(offer.merchantId)!),
    eligibility:
      standing === null ? NO_SUBJECT : decideEligibility(offer, standing, now),
    myClaims: held.get(offer.id) ?? 0,
    claimBlock: offerClaimBlock({
      ...offer.get(),
      claimedToday: claimedToday.get(offer.id) ?? 0,
      held: subjectId === null ? null : (held.get(offer.id) ?? 0),
    }),
  }));
}
