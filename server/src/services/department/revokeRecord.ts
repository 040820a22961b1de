// The source department revokes one of its records (撤销): the record
// stops counting, the change is audited with its reason, and the subject
// is rescored in the same transaction; the cached rating is retired only
// after the commit, so no reader can cache the old rating again.
import { CreditRecordView, todayInShanghai } from '@creditplus/shared';

import type { Cache } from '../../cache/cache';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { forgetRatings } from '../ratingCache';
import { snapshotOf } from '../recordHistory';
import { toRecordView } from '../recordView';
import { rescoreSubject } from '../rescoreSubject';

export interface RevokeRecordInput {
  recordId: number;
  departmentId: number;
  userId: number;
  reason: string;
}

export async function revokeRecord(
  deps: { db: Database; cache: Cache },
  input: RevokeRecordInput,
  now: Date = new Date(),
): Promise<CreditRecordView> {
  const { db, cache } = deps;
  const { CreditRecord, RecordAudit, Department } = db.models;

  const record = await db.sequelize.transaction(async (transaction) => {
    const found = await CreditRecord.findByPk(input.recordId, {
      transaction,
      lock: transaction.LOCK.UPDATE,
    });
    if (found === null) throw new AppError('record_not_found');
    if (found.departmentId !== input.departmentId) {
      throw new AppError('not_source_department');
    }
    if (found.status === 'revoked') {
      throw new AppError('record_already_revoked');
    }

    const before = snapshotOf(found);
    await found.update({ status: 'revoked' }, { transaction });
    await RecordAudit.create(
      {
        recordId: found.id,
        action: 'revoke',
        actor: `user:${input.userId}`,
        reason: input.reason,
        before,
        after: snapshotOf(found),
      },
      { transaction },
    );
    await rescoreSubject(db, found.subjectId, { transaction, now });
    transaction.afterCommit(() => forgetRatings(cache, [found.subjectId]));
    return found;
  });

  const department = await Department.findByPk(record.departmentId, {
    rejectOnEmpty: true,
  });
  return toRecordView(record, department.name, todayInShanghai(now));
}
