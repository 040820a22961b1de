// An offer's rules in a few words each: what it gives and who may claim
// it, as merchants and the credit office read them before publishing.
import type { OfferView } from '@creditplus/shared';
import { SUBJECT_KIND } from './labels';
import { formatFen } from './money';

type Rules = Pick<
  OfferView,
  | 'subjectKinds'
  | 'minGrade'
  | 'minScore'
  | 'redlistOnly'
  | 'excludedLists'
  | 'regionPrefix'
>;

const LIST_NAME: Record<string, string> = {
  watchlist: '重点关注名单',
};

export function describeEligibility(offer: Rules): string[] {
  const rules = [
    offer.subjectKinds.map((kind) => SUBJECT_KIND[kind]).join('、'),
  ];
  if (offer.minGrade) rules.push(`信用 ${offer.minGrade} 级及以上`);
  if (offer.minScore !== null) rules.push(`信用分 ${offer.minScore} 以上`);
  if (offer.redlistOnly) rules.push('仅限红名单');
  for (const list of offer.excludedLists) {
    rules.push(`不含${LIST_NAME[list] ?? list}`);
  }
  if (offer.regionPrefix) rules.push(`地区代码 ${offer.regionPrefix}*`);
  return rules;
}

/** 免押 ¥300, 立减 ¥12.50, 优惠 15%, or '' for a fast track or priority. */
export function describeValue(
  offer: Pick<OfferView, 'kind' | 'valueFen' | 'discountPercent'>,
): string {
  if (offer.kind === 'deposit_waiver' && offer.valueFen !== null) {
    return `免押 ${formatFen(offer.valueFen)}`;
  }
  if (offer.kind === 'discount') {
    if (offer.valueFen !== null) return `立减 ${formatFen(offer.valueFen)}`;
    if (offer.discountPercent !== null) {
      return `优惠 ${offer.discountPercent}%`;
    }
  }
  return '';
}
