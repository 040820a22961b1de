// Computes the compact ratings of several subjects with one query for all
// their records, so a record change rescoring a few subjects, an import
// rescoring thousands and the rescore of everyone take the same path.
import { todayInShanghai } from '@creditplus/shared';
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import { idCondition } from '../db/idCondition';
import { plainRows } from '../db/plainRows';
import type { Subject } from '../db/models';
import type { CompactRating } from '../domain/ratingBreakdown';
import { ScoredRecord, scoreCompact } from '../domain/scoreCompact';
import type { ModelsByKind } from './loadScoringModels';

type RecordRow = ScoredRecord & { subjectId: number };

// Only the columns scoring reads, as plain rows: titles, departments and
// the source row are read when a rating is shown, and model instances
// would cost more than the database's own work at a million records. The
// subject index holds every column read here, so the read stays in the
// index; it comes in that index's order, grouped by subject, and each
// subject's few records are put in the breakdown's order here, which
// spares the database a sort of the whole chunk.
const RECORD_COLUMNS = `SELECT subject_id AS subjectId, id, type,
  severity, category, decision_date AS decisionDate,
  disclosure_end AS disclosureEnd, status
FROM credit_records`;
// What recordCounts decides, asked of the index's entries as well, so the
// records that no longer count (most of them, in a city some years on) are
// not sent at all. Scoring still asks recordCounts of every record.
function countingOn(todayLiteral: string): string {
  return `status = 'active' AND (severity IS NULL OR severity <> 'minor')
  AND decision_date <= ${todayLiteral}
  AND (disclosure_end IS NULL OR disclosure_end >= ${todayLiteral})`;
}

export async function rateSubjects(
  db: Database,
  subjects: Pick<Subject, 'id' | 'kind'>[],
  models: Partial<ModelsByKind>,
  options: { transaction?: Transaction; now: Date },
): Promise<CompactRating[]> {
  if (subjects.length === 0) return [];
  const { transaction, now } = options;
  const ids = subjects.map((s) => s.id);
  const today = todayInShanghai(now);
  const records = await readRecords(db, ids, today, transaction);
  const bySubject = new Map<number, RecordRow[]>();
  for (const record of records) {
    const list = bySubject.get(record.subjectId);
    if (list === undefined) bySubject.set(record.subjectId, [record]);
    else list.push(record);
  }

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

async function readRecords(
  db: Database,
  ids: number[],
  today: string,
  transaction?: Transaction,
): Promise<RecordRow[]> {
  const { sequelize } = db;
  const subjectsOf = idCondition('subject_id', ids);
  const counting = countingOn(sequelize.escape(today));
  const statement = `${RECORD_COLUMNS} WHERE ${subjectsOf} AND ${counting}`;
  return plainRows<RecordRow>(sequelize, statement, transaction);
}

/** Latest decision first, then by id. */
function inBreakdownOrder(records: RecordRow[]): RecordRow[] {
  return records.sort((a, b) =>
    a.decisionDate === b.decisionDate
      ? a.id - b.id
      : a.decisionDate < b.decisionDate
        ? 1
        : -1,
  );
}
