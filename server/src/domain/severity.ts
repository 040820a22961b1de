// The severity of a penalty. The department's disclosure end says it best,
// because it chose the period by the rules of disclosure.ts:
//   no period (end on or before the decision)   → minor
//   up to 1 year                                → general
//   longer                                      → serious
// Without an end, the 处罚类别 and the fine decide:
//   吊销, 责令停产停业, 责令关闭, 限制从业, 限制开展生产经营活动, 拘留
//   or a fine of 10 万元 or more                → serious
//   only 警告 and/or 通报批评, no fine           → minor
//   anything else                               → general
import type { Severity } from '@creditplus/shared';

import { addMonths } from './calendar';
import { DISCLOSURE_MONTHS } from './disclosure';

// 10 万元 = 100 000 元 = 10 000 000 分
export const SERIOUS_FINE_FEN = 10_000_000;

const SERIOUS_MEASURES = [
  '吊销',
  '停产停业',
  '责令关闭',
  '限制从业',
  '限制开展生产经营活动',
  '拘留',
];
const MINOR_MEASURES = ['警告', '通报批评'];

export function severityFromPeriod(
  decisionDate: string,
  disclosureEnd: string,
): Severity {
  if (disclosureEnd <= decisionDate) return 'minor';
  const generalMax = addMonths(decisionDate, DISCLOSURE_MONTHS.general.max);
  return disclosureEnd <= generalMax ? 'general' : 'serious';
}

/** 处罚类别 lists measures separated by ; ； 、 , or ， */
export function severityFromMeasures(
  categories: string,
  fineFen: number | null,
): Severity {
  const measures = categories
    .split(/[;；、,，]/)
    .map((m) => m.trim())
    .filter((m) => m !== '');
  if (
    measures.some((m) => SERIOUS_MEASURES.some((s) => m.includes(s))) ||
    (fineFen !== null && fineFen >= SERIOUS_FINE_FEN)
  ) {
    return 'serious';
  }
  const onlyMinor =
    measures.length > 0 && measures.every((m) => MINOR_MEASURES.includes(m));
  return onlyMinor && !fineFen ? 'minor' : 'general';
}
