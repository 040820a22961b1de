// A merchant looks at the grade of a subject that claimed one of its
// offers. The claim is the authorization: for that merchant, for that
// offer's purpose, until the voucher expires or is cancelled. Every look
// is logged for the subject to see; a look without authorization is
// refused and not logged, since nothing was shown.
import { ClaimantGradeView, maskName } from '@creditplus/shared';

import { AppError } from '../errors';
import { getRating, RatingDeps } from './getRating';

export interface GradeLook {
  claimId: number;
  merchantId: number;
  viewerUserId: number;
}

const PURPOSES: Record<string, string> = {
  deposit_waiver: '免押金服务审核',
  discount: '优惠资格核验',
  fast_track: '绿色通道资格核验',
  priority: '优先服务资格核验',
};

export async function viewClaimantGrade(
  deps: RatingDeps,
  look: GradeLook,
  now: Date = new Date(),
): Promise<ClaimantGradeView> {
  const { Claim, Offer, Voucher, Subject, QueryLog } = deps.db.models;
  const claim = await Claim.findByPk(look.claimId);
  const offer = claim && (await Offer.findByPk(claim.offerId));
  const voucher =
    claim && (await Voucher.findOne({ where: { claimId: claim.id } }));
  if (
    !claim ||
    !offer ||
    !voucher ||
    offer.merchantId !== look.merchantId ||
    voucher.status === 'cancelled' ||
    voucher.expiresAt <= now
  ) {
    throw new AppError('grade_not_authorized');
  }

  const subject = await Subject.findByPk(claim.subjectId, {
    rejectOnEmpty: true,
  });
  const rating = await getRating(deps, subject.id, now);
  const purpose = `${PURPOSES[offer.kind]}：${offer.title}`;
  await QueryLog.create({
    subjectId: subject.id,
    merchantId: look.merchantId,
    viewerUserId: look.viewerUserId,
    claimId: claim.id,
    purpose,
  });
  return {
    claimId: claim.id,
    holder: subject.kind === 'person' ? maskName(subject.name) : subject.name,
    grade: rating.grade,
    gradeLabel: rating.gradeLabel,
    purpose,
    authorizedUntil: voucher.expiresAt.toISOString(),
  };
}
