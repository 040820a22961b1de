// Turns a stored rating back into the full rating the API answers with:
// one query for the records it names, with their departments' names, and
// one for the model version it was computed under.
import { Rating, todayInShanghai } from '@creditplus/shared';
import { literal } from 'sequelize';

import type { Database } from '../db/database';
import {
  expandRating,
  recordIdsOf,
  StoredRating,
} from '../domain/ratingBreakdown';
import type { ScorableRecord } from '../domain/scoreSubject';
import { modelOf } from './loadScoringModels';

/** Null when the rating no longer matches its records; rescore then. */
export async function explainStoredRating(
  db: Database,
  stored: StoredRating,
): Promise<Rating | null> {
  if ('dimensions' in stored) return stored;
  const ids = recordIdsOf(stored);
  const [modelRow, records] = await Promise.all([
    db.models.ScoringModel.findOne({
      where: {
        subjectKind: stored.subjectKind,
        version: stored.modelVersion,
      },
    }),
    ids.length === 0
      ? []
      : (db.models.CreditRecord.findAll({
          attributes: [
            'id',
            'type',
            'title',
            'docNumber',
            'decisionDate',
            'disclosureEnd',
            'severity',
            'category',
            'status',
            [
              literal(
                'COALESCE((SELECT name FROM departments WHERE' +
                  " departments.id = CreditRecord.department_id), '')",
              ),
              'department',
            ],
          ],
          where: { id: ids },
          raw: true,
        }) as unknown as Promise<ScorableRecord[]>),
  ]);
  if (modelRow === null) return null;
  return expandRating(
    stored,
    modelOf(modelRow),
    new Map(records.map((r) => [r.id, r])),
    todayInShanghai(new Date(stored.computedAt)),
  );
}
