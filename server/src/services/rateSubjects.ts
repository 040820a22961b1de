// Computes the compact ratings of several subjects with one query for all
// their records, so a record change rescoring a few subjects, an import
// rescoring thousands and the rescore of everyone take the same path.
import { todayInShanghai } from '@creditplus/shared';
import { QueryTypes, Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import type { CompactRating } from '../domain/ratingBreakdown';
import { ScoredRecord, scoreCompact } from '../domain/scoreCompact';
import type { ModelsByKind } from './loadScoringModels';

type RecordRow = ScoredRecord & { subjectId: number };

// Only the columns scoring reads, through a raw query: titles, departments
// and the source row are read when a rating is shown, and model instances
// would cost more than the database's own work at a million records. The
// order is the subject index's own; each subject's few records are put in
// the breakdown's order here, which spares the database a sort of the
// whole batch.
const RECORD_COLUMNS = `SELECT subject_id AS subjectId, id, type,
  severity, category, decision_date AS decisionDate,
  disclosure_end AS disclosureEnd, status
FROM credit_records`;
const RECORDS_OF_SUBJECTS = `${RECORD_COLUMNS}
WHERE subject_id IN (:ids) ORDER BY subject_id, id`;
// The rescore of everyone walks subjects by id, so its chunks are runs of
// consecutive ids: one range of the subject index is read instead of a
// lookup per id, about half the database's work for the same rows.
const RECORDS_OF_SUBJECT_RANGE = `${RECORD_COLUMNS}
WHERE subject_id BETWEEN :first AND :last ORDER BY subject_id, id`;

export async function rateSubjects(
  db: Database,
  subjects: Pick<Subject, 'id' | 'kind'>[],
  models: Partial<ModelsByKind>,
  options: { transaction?: Transaction; now: Date },
): Promise<CompactRating[]> {
  if (subjects.length === 0) return [];
  const { transaction, now } = options;
  // A raw query hands back the driver's rows as they are, where a select
  // would copy each of them.
  const ids = subjects.map((s) => s.id);
  const range = consecutive(ids);
  const [records] = (await db.sequelize.query(
    range === null ? RECORDS_OF_SUBJECTS : RECORDS_OF_SUBJECT_RANGE,
    {
      replacements: range ?? { ids },
      type: QueryTypes.RAW,
      transaction,
    },
  )) as [RecordRow[], unknown];
  const bySubject = new Map<number, RecordRow[]>();
  for (const record of records) {
    const list = bySubject.get(record.subjectId);
    if (list === undefined) bySubject.set(record.subjectId, [record]);
    else list.push(record);
  }

  const today = todayInShanghai(now);
  return subjects.map((subject) => {
    const model = models[subject.kind];
    if (model === undefined) throw new Error(`no ${subject.kind} model`);
    return scoreCompact({
      subjectId: subject.id,
      subjectKind: subject.kind,
      records: inBreakdownOrder(bySubject.get(subject.id) ?? []),
      model,
      today,
      now,
    });
  });
}

/** Latest decision first, then by id; the sort is stable. */
function inBreakdownOrder(records: RecordRow[]): RecordRow[] {
  return records.sort((a, b) =>
    a.decisionDate === b.decisionDate
      ? 0
      : a.decisionDate < b.decisionDate
        ? 1
        : -1,
  );
}

/** The ids' bounds when they are every id from the first to the last. */
function consecutive(ids: number[]): { first: number; last: number } | null {
  for (let i = 1; i < ids.length; i += 1) {
    if (ids[i] !== ids[i - 1] + 1) return null;
  }
  return { first: ids[0], last: ids[ids.length - 1] };
}
