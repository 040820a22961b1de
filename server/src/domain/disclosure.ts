// Disclosure periods (公示期) of administrative penalties, after the
// national rules on credit repair: minor penalties are not published,
// general ones are shown for 3 months to 1 year and serious ones for 1 to
// 3 years, counted from the decision date. A penalty can be repaired
// after the minimum; without repair it runs to the end the department
// gave, or to the maximum when it gave none.
import type { RecordStatus, Severity } from '@creditplus/shared';

import { addMonths } from './calendar';

export const DISCLOSURE_MONTHS = {
  general: { min: 3, max: 12 },
  serious: { min: 12, max: 36 },
} as const;

/**
 * The last day a penalty is shown: the department's date, but never past
 * the maximum of its severity. Null for minor penalties, never shown.
 */
export function disclosureEnd(
  severity: Severity,
  decisionDate: string,
  givenEnd: string | null,
): string | null {
  if (severity === 'minor') return null;
  const maximum = addMonths(decisionDate, DISCLOSURE_MONTHS[severity].max);
  if (givenEnd === null) return maximum;
  return givenEnd < maximum ? givenEnd : maximum;
}

export interface CountableRecord {
  status: RecordStatus;
  severity: Severity | null;
  decisionDate: string;
  /** Last day it counts (inclusive); null when it has no end. */
  disclosureEnd: string | null;
}

/** Whether a record counts in ratings and is shown on `today`. */
export function recordCounts(record: CountableRecord, today: string): boolean {
  if (record.status !== 'active') return false;
  if (record.severity === 'minor') return false;
  if (record.decisionDate > today) return false;
  return record.disclosureEnd === null || today <= record.disclosureEnd;
}
