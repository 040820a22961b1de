// A credit record as clients see it, saying whether it counts today.
import type { CreditRecordView } from '@creditplus/shared';

import type { CreditRecord } from '../db/models';
import { recordCounts } from '../domain/disclosure';

export function toRecordView(
  record: CreditRecord,
  department: string,
  today: string,
): CreditRecordView {
  return {
    id: record.id,
    type: record.type,
    title: record.title,
    category: record.category,
    docNumber: record.docNumber,
    department,
    decisionDate: record.decisionDate,
    disclosureEnd: record.disclosureEnd,
    severity: record.severity,
    amountFen: record.amountFen,
    status: record.status,
    counts: recordCounts(record, today),
  };
}
