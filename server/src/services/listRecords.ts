// A subject's own records, newest first, each saying whether it counts
// today. The subject sees records that no longer count too, marked so.
import { CreditRecordView, todayInShanghai } from '@creditplus/shared';

import type { Database } from '../db/database';
import { recordCounts } from '../domain/disclosure';

export async function listRecords(
  db: Database,
  subjectId: number,
  now: Date = new Date(),
): Promise<CreditRecordView[]> {
  const today = todayInShanghai(now);
  const records = await db.models.CreditRecord.findAll({
    where: { subjectId },
    order: [
      ['decisionDate', 'DESC'],
      ['id', 'DESC'],
    ],
  });
  const departments = await db.models.Department.findAll({
    where: { id: [...new Set(records.map((r) => r.departmentId))] },
  });
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  return records.map((r) => ({
    id: r.id,
    type: r.type,
    title: r.title,
    category: r.category,
    docNumber: r.docNumber,
    department: nameOf.get(r.departmentId) ?? '',
    decisionDate: r.decisionDate,
    disclosureEnd: r.disclosureEnd,
    severity: r.severity,
    amountFen: r.amountFen,
    status: r.status,
    counts: recordCounts(r, today),
  }));
}
