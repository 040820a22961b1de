// Recomputes a subject's rating from its records and the model in force,
// and stores it. Callers that change records run it in their transaction
// and forget the cached rating after the commit. A reader refreshing a
// rating from an earlier day calls it without one, as many readers may at
// once: then the rating and its history point are two writes, and a crash
// between them costs one trend point, never the rating.
import { Rating, todayInShanghai } from '@creditplus/shared';
import { QueryTypes, Transaction } from 'sequelize';

import type { Database } from '../db/database';
import { compactRating } from '../domain/ratingBreakdown';
import { ScorableRecord, scoreSubject } from '../domain/scoreSubject';
import { loadScoringModel } from './loadScoringModels';
import { readRatings, storeRatings } from './storeRatings';

// The caller answers with the whole rating, so the records are read with
// their wording and department names, in the order the breakdown lists
// them.
const RECORDS_OF_SUBJECT = `SELECT r.id, r.type, r.title,
  r.doc_number AS docNumber, COALESCE(d.name, '') AS department,
  r.decision_date AS decisionDate, r.disclosure_end AS disclosureEnd,
  r.severity, r.category, r.status
FROM credit_records r LEFT JOIN departments d ON d.id = r.department_id
WHERE r.subject_id = :subjectId
ORDER BY r.decision_date DESC, r.id`;

export async function rescoreSubject(
  db: Database,
  subjectId: number,
  options: { transaction?: Transaction; now?: Date } = {},
): Promise<Rating> {
  const { transaction } = options;
  const now = options.now ?? new Date();

  const before = await readRatings(db, [subjectId], { transaction });
  const subject = await db.models.Subject.findByPk(subjectId, {
    attributes: ['id', 'kind'],
    transaction,
    rejectOnEmpty: true,
  });
  const model = await loadScoringModel(db, subject.kind, transaction);
  const records = await db.sequelize.query<ScorableRecord>(RECORDS_OF_SUBJECT, {
    replacements: { subjectId },
    type: QueryTypes.SELECT,
    transaction,
  });
  const rating = scoreSubject({
    subjectId,
    subjectKind: subject.kind,
    records,
    model,
    today: todayInShanghai(now),
    now,
  });
  await storeRatings(db, [compactRating(rating)], before, { transaction });
  return rating;
}
