// The scoring model in force for each subject kind: its latest published
// version, read from the database every time so a version published by
// another process counts at once.
import type { SubjectKind } from '@creditplus/shared';
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { ScoringModelRow } from '../db/models';
import type { ScoringModel } from '../domain/scoringModels';

export type ModelsByKind = Record<SubjectKind, ScoringModel>;

export async function loadScoringModel(
  db: Database,
  subjectKind: SubjectKind,
  transaction?: Transaction,
): Promise<ScoringModel> {
  const row = await db.models.ScoringModel.findOne({
    where: { subjectKind },
    order: [['version', 'DESC']],
    transaction,
  });
  // The migration seeds version 1 of each kind, so a missing row means a
  // database that was never migrated.
  if (row === null) throw new Error(`no ${subjectKind} scoring model`);
  return modelOf(row);
}

export async function loadScoringModels(
  db: Database,
  transaction?: Transaction,
): Promise<ModelsByKind> {
  const [person, organization] = await Promise.all([
    loadScoringModel(db, 'person', transaction),
    loadScoringModel(db, 'organization', transaction),
  ]);
  return { person, organization };
}

export function modelOf(row: ScoringModelRow): ScoringModel {
  return {
    ...row.definition,
    version: row.version,
    subjectKind: row.subjectKind,
  };
}
