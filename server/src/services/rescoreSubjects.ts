// Rescores many subjects inside the transaction that changed their records,
// the path the rescore-all job takes: the subjects and their stored
// ratings are read first, then their records read and ratings written in
// one run of chunks, so the database and this process keep working at
// once from the first subject to the last. The caller forgets the cached
// ratings after the commit.
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import { loadScoringModels } from './loadScoringModels';
import { rescoreInChunks } from './rescoreInChunks';
import { readRatings, StoredRating } from './storeRatings';

// Ids per lookup: each lookup inlines its ids, and an import touching
// tens of thousands of subjects reads them in a few statements.
const LOOKUP_SIZE = 5000;

export async function rescoreSubjects(
  db: Database,
  subjectIds: number[],
  options: { transaction: Transaction; now: Date },
): Promise<void> {
  if (subjectIds.length === 0) return;
  const { transaction, now } = options;
  const models = await loadScoringModels(db, transaction);

  const subjects: Pick<Subject, 'id' | 'kind'>[] = [];
  const before = new Map<number, StoredRating>();
  for (let i = 0; i < subjectIds.length; i += LOOKUP_SIZE) {
    const ids = subjectIds.slice(i, i + LOOKUP_SIZE);
    const [found, ratings] = await Promise.all([
      db.models.Subject.findAll({
        attributes: ['id', 'kind'],
        where: { id: ids },
        raw: true,
        transaction,
      }),
      readRatings(db, ids, { transaction }),
    ]);
    subjects.push(...found);
    for (const [id, rating] of ratings) before.set(id, rating);
  }
  await rescoreInChunks(db, subjects, models, before, { transaction, now });
}
