// Deposit-free deals reported by merchants become performance records
// (履约/违约) of the subject: what each outcome is called and how long it
// counts.
import type { PerformanceOutcome } from '@creditplus/shared';

import { addMonths } from './calendar';

// Two years: long enough for a history of keeping one's word to matter,
// short enough that one default does not follow a person for good.
const PERFORMANCE_MONTHS = 24;

export const OUTCOME_LABELS: Record<PerformanceOutcome, string> = {
  returned: '免押服务按时归还',
  defaulted: '免押服务违约未归还',
};

export function performanceDisclosureEnd(decisionDate: string): string {
  return addMonths(decisionDate, PERFORMANCE_MONTHS);
}
