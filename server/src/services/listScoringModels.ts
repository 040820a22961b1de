// Every published version of both subject kinds, newest first.
import type { ScoringModelView } from '@creditplus/shared';

import type { Database } from '../db/database';
import { presentScoringModel } from './presentScoring';

export async function listScoringModels(
  db: Database,
): Promise<ScoringModelView[]> {
  const rows = await db.models.ScoringModel.findAll({
    order: [
      ['subjectKind', 'ASC'],
      ['version', 'DESC'],
    ],
  });
  return rows.map(presentScoringModel);
}
