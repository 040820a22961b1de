// Who may claim an offer, decided from the subject's rating at that moment.
// Every refusal carries a stable code and a Chinese message; an eligible
// answer carries why, so the claim can store it.
import {
  Eligibility,
  EligibilityReason,
  meetsMinGrade,
  OfferStatus,
  SubjectKind,
} from '@creditplus/shared';

export interface OfferTerms {
  subjectKinds: SubjectKind[];
  minGrade: string | null;
  minScore?: number | null;
  redlistOnly?: boolean;
  /** Record types (lists) whose holders are refused, e.g. watchlist. */
  excludedLists?: string[];
  regionPrefix?: string | null;
  status: OfferStatus;
  validFrom: Date;
  validTo: Date;
}

export interface SubjectStanding {
  kind: SubjectKind;
  grade: string;
  blacklisted: boolean;
  score?: number;
  redlisted?: boolean;
  /** Types of the subject's counting records, for list exclusions. */
  recordTypes?: string[];
  region?: string | null;
}

const KIND_NAMES: Record<SubjectKind, string> = {
  person: '个人',
  organization: '企业等组织',
};

// Names of the list kinds known today; a kind added later still works,
// shown by its code until it gets a name here.
const LIST_NAMES: Record<string, string> = {
  watchlist: '重点关注名单',
  redlist: '守信激励名单',
  blacklist: '严重失信主体名单',
};

export function decideEligibility(
  offer: OfferTerms,
  subject: SubjectStanding,
  now: Date,
): Eligibility {
  const reasons = [
    ...offerReasons(offer, now),
    ...subjectReasons(offer, subject),
  ];
  if (reasons.length > 0) return { eligible: false, reasons };

  const notes = [`信用等级 ${subject.grade}`];
  if (offer.minGrade != null) notes.push(`达到 ${offer.minGrade} 及以上的要求`);
  if (offer.minScore != null) {
    notes.push(`信用分 ${subject.score} 不低于 ${offer.minScore}`);
  }
  if (offer.redlistOnly) notes.push('在守信激励名单内');
  if (offer.regionPrefix != null) notes.push('属于权益适用地区');
  return {
    eligible: true,
    reasons: [
      { code: 'eligible', message: `符合领取条件：${notes.join('，')}` },
    ],
  };
}

function offerReasons(offer: OfferTerms, now: Date): EligibilityReason[] {
  if (offer.status === 'ended') {
    return [{ code: 'offer_ended', message: '权益已结束' }];
  }
  if (offer.status !== 'published') {
    return [{ code: 'offer_paused', message: '权益已暂停发放' }];
  }
  if (now < offer.validFrom) {
    return [{ code: 'offer_not_started', message: '权益尚未开始' }];
  }
  if (now > offer.validTo) {
    return [{ code: 'offer_ended', message: '权益已结束' }];
  }
  return [];
}

function subjectReasons(
  offer: OfferTerms,
  subject: SubjectStanding,
): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (subject.blacklisted) {
    reasons.push({
      code: 'blacklisted',
      message: '已被列入严重失信主体名单，不能享受信用+权益',
    });
  }

  if (!offer.subjectKinds.includes(subject.kind)) {
    const names = offer.subjectKinds.map((k) => KIND_NAMES[k]).join('、');
    reasons.push({ code: 'subject_kind', message: `该权益仅面向${names}` });
    // Grades of the other kind mean something else: nothing more to say.
    return reasons;
  }
  if (!meetsMinGrade(subject.kind, subject.grade, offer.minGrade)) {
    reasons.push({
      code: 'grade_too_low',
      message: `信用等级需达到 ${offer.minGrade} 及以上，当前为 ${subject.grade}`,
    });
  }
  if (offer.minScore != null && (subject.score ?? 0) < offer.minScore) {
    reasons.push({
      code: 'score_too_low',
      message: `信用分需达到 ${offer.minScore}，当前为 ${subject.score}`,
    });
  }
  if (offer.redlistOnly && !subject.redlisted) {
    reasons.push({
      code: 'not_redlisted',
      message: '该权益仅面向守信激励名单内的主体',
    });
  }
  for (const list of offer.excludedLists ?? []) {
    if (list === 'blacklist' || !subject.recordTypes?.includes(list)) continue;
    reasons.push({
      code: 'excluded_list',
      message: `已被列入${LIST_NAMES[list] ?? list}，不能领取该权益`,
    });
  }
  const prefix = offer.regionPrefix;
  if (prefix != null && !(subject.region ?? '').startsWith(prefix)) {
    reasons.push({
      code: 'region',
      message: `该权益仅面向行政区划代码 ${prefix} 开头地区的主体`,
    });
  }
  return reasons;
}
