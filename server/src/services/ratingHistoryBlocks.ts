// History points that many subjects gain at one instant (the rescore of
// everyone after a model publish, a large import) are kept one row per
// block of subject ids, not one row per subject: a publish otherwise wrote
// a row for every subject in the city. A row holds the points of the
// block's subjects whose rating changed at its instant, keyed by subject
// id: {"1025": [650, "A", 2], "1026": [590, "B", 2]} is score, grade and
// model version. A subject's trend asks the database for its own key in
// the rows of its block, so the other subjects' points never leave them.
//
// A point that few subjects of a block gain at once, such as a record
// change's, is a row of rating_history as before: a block then gains
// about one row per bulk event, and its trend reads stay short.
import type { RatingHistoryPoint } from '@creditplus/shared';
import { Op, type Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { CompactRating } from '../domain/ratingBreakdown';

// About the subjects the rescore stores at once (rescoreInChunks.ts), so
// that a block gains one or two rows per publish.
export const SUBJECTS_PER_BLOCK = 256;
// Fewer points of one block at one instant are written as rows.
export const MIN_POINTS_PER_BLOCK = 16;

export interface HistoryBlock {
  block: number;
  computedAt: string;
  ratings: CompactRating[];
}

/**
 * The changed ratings split into the blocks that gain enough points at
 * one instant, and the rest, to be written as rows.
 */
export function inHistoryBlocks(ratings: CompactRating[]): {
  blocks: HistoryBlock[];
  rows: CompactRating[];
} {
  const byBlock = new Map<string, HistoryBlock>();
  for (const rating of ratings) {
    const block = Math.floor(rating.subjectId / SUBJECTS_PER_BLOCK);
    const key = `${block} ${rating.computedAt}`;
    const found = byBlock.get(key);
    if (found === undefined) {
      byBlock.set(key, {
        block,
        computedAt: rating.computedAt,
        ratings: [rating],
      });
    } else {
      found.ratings.push(rating);
    }
  }
  const blocks = [];
  const rows = [];
  for (const block of byBlock.values()) {
    if (block.ratings.length >= MIN_POINTS_PER_BLOCK) blocks.push(block);
    else rows.push(...block.ratings);
  }
  return { blocks, rows };
}

/** A block's points as the JSON its row holds. */
export function blockPoints(ratings: CompactRating[]): string {
  const points: Record<string, [number, string, number]> = {};
  for (const rating of ratings) {
    points[rating.subjectId] = [
      rating.score,
      rating.grade,
      rating.modelVersion,
    ];
  }
  return JSON.stringify(points);
}

// About ten years of a rating changing weekly; the chart shows no more.
export const MAX_POINTS = 500;

/** A subject's points kept in blocks, latest first. */
export async function blockPointsOf(
  db: Database,
  subjectId: number,
  transaction?: Transaction,
): Promise<RatingHistoryPoint[]> {
  const { sequelize } = db;
  // Written out, not as a value: Sequelize doubles the $ of a string
  // value in a model query. The subject id is an integer.
  const point = sequelize.literal(
    `JSON_EXTRACT(points, '$."${Math.trunc(subjectId)}"')`,
  );
  const rows = await db.models.RatingHistoryBlock.findAll({
    attributes: ['computedAt', [point, 'point']],
    where: {
      block: Math.floor(subjectId / SUBJECTS_PER_BLOCK),
      [Op.and]: [sequelize.where(point, Op.ne, null)],
    },
    order: [['computedAt', 'DESC']],
    limit: MAX_POINTS,
    transaction,
  });
  return rows.map((row) => {
    // JSON text on MariaDB and SQLite, decoded by a driver that knows the
    // type (MySQL 8).
    const raw = row.get('point') as string | [number, string, number];
    const [score, grade, modelVersion] =
      typeof raw === 'string'
        ? (JSON.parse(raw) as [number, string, number])
        : raw;
    return {
      computedAt: row.computedAt.toISOString(),
      score,
      grade,
      modelVersion,
    };
  });
}
