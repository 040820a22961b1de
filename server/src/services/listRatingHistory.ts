// A subject's ratings over time, oldest first, for its trend chart. A point
// exists for every change of score, grade or model version.
import type { RatingHistoryPoint } from '@creditplus/shared';

import type { Database } from '../db/database';

// About ten years of a rating changing weekly; the chart shows no more.
const MAX_POINTS = 500;

export async function listRatingHistory(
  db: Database,
  subjectId: number,
): Promise<RatingHistoryPoint[]> {
  const rows = await db.models.RatingHistory.findAll({
    where: { subjectId },
    order: [
      ['computedAt', 'DESC'],
      ['id', 'DESC'],
    ],
    limit: MAX_POINTS,
  });
  return rows.reverse().map((row) => ({
    computedAt: row.computedAt.toISOString(),
    score: row.score,
    grade: row.grade,
    modelVersion: row.modelVersion,
  }));
}
