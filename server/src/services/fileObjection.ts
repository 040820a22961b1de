// A subject objects to one of its own records; the objection waits for
// the source department. One objection per record is open at a time,
// held by a unique key so a double tap cannot file two.
import type { ObjectionView } from '@creditplus/shared';
import { UniqueConstraintError } from 'sequelize';

import type { Database } from '../db/database';
import { AppError } from '../errors';

export interface ObjectionRequest {
  recordId: number;
  subjectId: number;
  userId: number;
  reason: string;
}

export async function fileObjection(
  db: Database,
  request: ObjectionRequest,
): Promise<ObjectionView> {
  const record = await db.models.CreditRecord.findByPk(request.recordId);
  // Someone else's record is as good as missing to this subject.
  if (record === null || record.subjectId !== request.subjectId) {
    throw new AppError('record_not_found');
  }
  const objection = await db.models.Objection.create({
    recordId: record.id,
    subjectId: request.subjectId,
    userId: request.userId,
    reason: request.reason,
    status: 'pending',
    openRecordId: record.id,
  }).catch((error: unknown) => {
    if (error instanceof UniqueConstraintError) {
      throw new AppError('objection_pending');
    }
    throw error;
  });
  return {
    id: objection.id,
    recordId: objection.recordId,
    reason: objection.reason,
    status: objection.status,
    createdAt: objection.createdAt.toISOString(),
  };
}
