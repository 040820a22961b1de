// Finds a subject by its code, creating it when unknown. The code is only
// ever stored protected (domain/subjectCode.ts).
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import { hashCode, protectCode } from '../domain/subjectCode';
import type { SubjectRef } from './import/parsedRecord';

export async function findOrCreateSubject(
  db: Database,
  ref: SubjectRef,
  dataKey: Buffer,
  transaction?: Transaction,
): Promise<Subject> {
  const { Subject } = db.models;
  const found = await Subject.findOne({
    where: { kind: ref.kind, codeHash: hashCode(ref.code, dataKey) },
    transaction,
  });
  if (found) return found;
  return Subject.create(
    {
      kind: ref.kind,
      category: ref.category,
      name: ref.name,
      region: ref.region,
      ...protectCode(ref.kind, ref.code, dataKey),
    },
    { transaction },
  );
}
