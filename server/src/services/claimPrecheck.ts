// A flash crowd on a sold-out offer answered cheaply. When a plain read of
// the offer shows every voucher taken, a new tap is refused without rating
// the subject or opening a transaction: the conditional UPDATE would refuse
// it anyway. A cancellation frees a place at once, since the read is of the
// counter itself; a cached "sold out" flag would refuse it for as long as
// the flag lived. A retried tap (its key already holds a claim) still gets
// its voucher, and anything the read cannot decide goes the full way.
import { AppError } from '../errors';
import { claimOffer, type ClaimRequest, type ClaimResult } from './claimOffer';
import type { RatingDeps } from './getRating';

export async function claimWithPrecheck(
  deps: RatingDeps,
  request: ClaimRequest,
): Promise<ClaimResult> {
  const { Offer, Claim } = deps.db.models;
  const offer = await Offer.findByPk(request.offerId, {
    attributes: ['claimed', 'quota'],
  });
  if (offer !== null && offer.claimed >= offer.quota) {
    const retried = await Claim.findOne({
      attributes: ['id'],
      where: {
        subjectId: request.subjectId,
        idempotencyKey: request.idempotencyKey,
      },
    });
    if (retried === null) throw new AppError('quota_exhausted');
  }
  return claimOffer(deps, request);
}
