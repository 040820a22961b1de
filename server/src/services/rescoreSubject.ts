// Recomputes a subject's rating from its records and stores it. Callers
// that change records run it in their transaction and forget the cached
// rating after the commit.
import { Rating, todayInShanghai } from '@creditplus/shared';
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import { scoreSubject } from '../domain/scoreSubject';
import { defaultModels } from '../domain/scoringModels';

export async function rescoreSubject(
  db: Database,
  subjectId: number,
  options: { transaction?: Transaction; now?: Date } = {},
): Promise<Rating> {
  const { transaction } = options;
  const now = options.now ?? new Date();
  const { Subject, CreditRecord, Department, Rating: Ratings } = db.models;

  const subject = await Subject.findByPk(subjectId, {
    transaction,
    rejectOnEmpty: true,
  });
  const records = await CreditRecord.findAll({
    where: { subjectId },
    order: [
      ['decisionDate', 'DESC'],
      ['id', 'ASC'],
    ],
    transaction,
  });
  const departments = await Department.findAll({
    where: { id: [...new Set(records.map((r) => r.departmentId))] },
    transaction,
  });
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));

  const rating = scoreSubject({
    subjectId,
    subjectKind: subject.kind,
    records: records.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      docNumber: r.docNumber,
      department: departmentName.get(r.departmentId) ?? '',
      decisionDate: r.decisionDate,
      disclosureEnd: r.disclosureEnd,
      severity: r.severity,
      status: r.status,
    })),
    model: defaultModels[subject.kind],
    today: todayInShanghai(now),
    now,
  });

  await Ratings.upsert(
    {
      subjectId,
      score: rating.score,
      grade: rating.grade,
      modelVersion: rating.modelVersion,
      breakdown: rating,
      computedAt: now,
    },
    { transaction },
  );
  return rating;
}
