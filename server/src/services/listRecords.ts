// A subject's own records, newest first, each saying whether it counts
// today. The subject sees records that no longer count too, marked so.
import { CreditRecordView, todayInShanghai } from '@creditplus/shared';

import type { Database } from '../db/database';
import { presentRecords } from './recordView';

export async function listRecords(
  db: Database,
  subjectId: number,
  now: Date = new Date(),
): Promise<CreditRecordView[]> {
  const records = await db.models.CreditRecord.findAll({
    where: { subjectId },
    order: [
      ['decisionDate', 'DESC'],
      ['id', 'DESC'],
    ],
  });
  return presentRecords(db, records, todayInShanghai(now));
}
