// Computes the ratings of several subjects with one query for all their
// records, so rescoring one subject and rescoring a batch of thousands
// take the same path.
import { Rating, todayInShanghai } from '@creditplus/shared';
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import { ScorableRecord, scoreSubject } from '../domain/scoreSubject';
import type { ModelsByKind } from './loadScoringModels';

// The columns scoring reads; the source row (payload) is left in the
// database, it is the bulk of a record.
const RECORD_COLUMNS = [
  'id',
  'subjectId',
  'departmentId',
  'type',
  'title',
  'docNumber',
  'decisionDate',
  'disclosureEnd',
  'severity',
  'category',
  'status',
] as const;

type RecordColumns = Pick<
  ScorableRecord,
  | 'id'
  | 'type'
  | 'title'
  | 'docNumber'
  | 'decisionDate'
  | 'disclosureEnd'
  | 'severity'
  | 'category'
  | 'status'
> & { subjectId: number; departmentId: number };

export async function rateSubjects(
  db: Database,
  subjects: Pick<Subject, 'id' | 'kind'>[],
  models: Partial<ModelsByKind>,
  options: { transaction?: Transaction; now: Date },
): Promise<Rating[]> {
  if (subjects.length === 0) return [];
  const { transaction, now } = options;
  const records = (await db.models.CreditRecord.findAll({
    attributes: [...RECORD_COLUMNS],
    where: { subjectId: subjects.map((s) => s.id) },
    order: [
      ['decisionDate', 'DESC'],
      ['id', 'ASC'],
    ],
    raw: true,
    transaction,
  })) as unknown as RecordColumns[];
  const departmentIds = [...new Set(records.map((r) => r.departmentId))];
  const departments =
    departmentIds.length === 0
      ? []
      : await db.models.Department.findAll({
          attributes: ['id', 'name'],
          where: { id: departmentIds },
          raw: true,
          transaction,
        });
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));

  const bySubject = new Map<number, ScorableRecord[]>();
  for (const { subjectId, departmentId, ...record } of records) {
    const list = bySubject.get(subjectId) ?? [];
    list.push({
      ...record,
      department: departmentName.get(departmentId) ?? '',
    });
    bySubject.set(subjectId, list);
  }

  const today = todayInShanghai(now);
  return subjects.map((subject) => {
    const model = models[subject.kind];
    if (model === undefined) throw new Error(`no ${subject.kind} model`);
    return scoreSubject({
      subjectId: subject.id,
      subjectKind: subject.kind,
      records: bySubject.get(subject.id) ?? [],
      model,
      today,
      now,
    });
  });
}
