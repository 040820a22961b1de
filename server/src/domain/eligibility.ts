// Who may claim an offer, decided from the subject's rating at that moment.
// Every refusal carries a stable code and a Chinese message; an eligible
// answer carries why, so the claim can store it.
import {
  Eligibility,
  EligibilityReason,
  meetsMinGrade,
  SubjectKind,
} from '@creditplus/shared';

export interface OfferTerms {
  subjectKinds: SubjectKind[];
  minGrade: string | null;
  status: 'published' | 'paused';
  validFrom: Date;
  validTo: Date;
}

export interface SubjectStanding {
  kind: SubjectKind;
  grade: string;
  blacklisted: boolean;
}

const KIND_NAMES: Record<SubjectKind, string> = {
  person: '个人',
  organization: '企业等组织',
};

export function decideEligibility(
  offer: OfferTerms,
  subject: SubjectStanding,
  now: Date,
): Eligibility {
  const reasons: EligibilityReason[] = [];
  if (offer.status !== 'published') {
    reasons.push({ code: 'offer_paused', message: '权益已暂停发放' });
  } else if (now < offer.validFrom) {
    reasons.push({ code: 'offer_not_started', message: '权益尚未开始' });
  } else if (now > offer.validTo) {
    reasons.push({ code: 'offer_ended', message: '权益已结束' });
  }

  if (subject.blacklisted) {
    reasons.push({
      code: 'blacklisted',
      message: '已被列入严重失信主体名单，不能享受信用+权益',
    });
  }

  if (!offer.subjectKinds.includes(subject.kind)) {
    const names = offer.subjectKinds.map((k) => KIND_NAMES[k]).join('、');
    reasons.push({ code: 'subject_kind', message: `该权益仅面向${names}` });
  } else if (!meetsMinGrade(subject.kind, subject.grade, offer.minGrade)) {
    reasons.push({
      code: 'grade_too_low',
      message: `信用等级需达到 ${offer.minGrade} 及以上，当前为 ${subject.grade}`,
    });
  }

  if (reasons.length > 0) return { eligible: false, reasons };
  const gradeNote =
    offer.minGrade === null
      ? `信用等级 ${subject.grade}`
      : `信用等级 ${subject.grade}，达到 ${offer.minGrade} 及以上的要求`;
  return {
    eligible: true,
    reasons: [{ code: 'eligible', message: `符合领取条件：${gradeNote}` }],
  };
}
