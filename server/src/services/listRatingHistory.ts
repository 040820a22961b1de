// A subject's ratings over time, oldest first, for its trend chart. A point
// exists for every change of score, grade or model version: kept as a row
// of its own, or with the points of its block of subjects when many
// changed at once (ratingHistoryBlocks.ts). Changes stored at one instant
// (imports of several files run at one moment, as the demo seed does) are
// one point, the last: the chart shows no step nobody could have seen.
import type { RatingHistoryPoint } from '@creditplus/shared';

import type { Database } from '../db/database';
import { blockPointsOf, MAX_POINTS } from './ratingHistoryBlocks';

export async function listRatingHistory(
  db: Database,
  subjectId: number,
): Promise<RatingHistoryPoint[]> {
  const [rows, inBlocks] = await Promise.all([
    db.models.RatingHistory.findAll({
      where: { subjectId },
      order: [
        ['computedAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: MAX_POINTS,
    }),
    blockPointsOf(db, subjectId),
  ]);
  const points = rows.map((row) => ({
    computedAt: row.computedAt.toISOString(),
    score: row.score,
    grade: row.grade,
    modelVersion: row.modelVersion,
  }));
  // Both lists are latest first; ISO instants sort as text. The sort is
  // stable, so rows keep their order among points of the same instant and
  // the first of an instant is the one stored last.
  return [...points, ...inBlocks]
    .sort((a, b) =>
      a.computedAt < b.computedAt ? 1 : a.computedAt > b.computedAt ? -1 : 0,
    )
    .filter((p, i, all) => i === 0 || p.computedAt !== all[i - 1].computedAt)
    .slice(0, MAX_POINTS)
    .reverse();
}
