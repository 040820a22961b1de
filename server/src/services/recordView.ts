// A credit record as clients see it, saying whether it counts today.
import type { CreditRecordView } from '@creditplus/shared';

import type { Database } from '../db/database';
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

/** Records as clients see them, their departments' names read at once. */
export async function presentRecords(
  db: Database,
  records: CreditRecord[],
  today: string,
): Promise<CreditRecordView[]> {
  const departments = await db.models.Department.findAll({
    where: { id: [...new Set(records.map((r) => r.departmentId))] },
  });
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  return records.map((r) =>
    toRecordView(r, nameOf.get(r.departmentId) ?? '', today),
  );
}
