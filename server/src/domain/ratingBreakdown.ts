// How a rating is stored: its verdict in the rating's columns and, in the
// breakdown, per dimension of its model, the records that scored and their
// points. Titles, departments, document numbers and rule wordings live in
// the records and the model version, so the stored form stays small and
// the full explanation is rebuilt on read.
import { gradeLabel, Rating, SubjectKind } from '@creditplus/shared';

import { daysBetween } from './scoringDecay';
import { dimensionOf, ratingItem, ruleFor } from './ratingItems';
import type { ScorableRecord } from './scoreSubject';
import type { ScoringModel } from './scoringModels';

/** What deciding on a rating needs, in both stored shapes. */
export interface RatingVerdict {
  subjectId: number;
  subjectKind: SubjectKind;
  score: number;
  grade: string;
  blacklisted: boolean;
  redlisted: boolean;
  modelVersion: number;
  computedAt: string;
}

export interface CompactRating extends RatingVerdict {
  /** Per model dimension, record ids and points alternating. */
  items: number[][];
}

/**
 * Rows written before ratings were stored compact hold the whole rating;
 * they are read as they are until the subject is next rescored.
 */
export type StoredRating = CompactRating | Rating;

/**
 * The breakdown column as written now: what the rating's own columns do
 * not hold, as [subject kind, blacklisted, redlisted, items], the flags 1
 * or 0. Named fields cost a third of each rating's bytes, and the rescore
 * of everyone sends hundreds of thousands of them.
 */
export type BreakdownColumn = [SubjectKind, 0 | 1, 0 | 1, number[][]];

/**
 * The breakdown column in every shape it was written in: rows written
 * before held the same as named fields, or a whole compact or full
 * rating; they are read as they are until the subject is next rescored.
 */
export type StoredBreakdown =
  | BreakdownColumn
  | Pick<CompactRating, 'subjectKind' | 'blacklisted' | 'redlisted' | 'items'>
  | StoredRating;

/** A rating's row: its verdict's columns and its breakdown. */
export interface RatingColumns {
  subjectId: number;
  score: number;
  grade: string;
  modelVersion: number;
  computedAt: Date;
  breakdown: StoredBreakdown;
}

// Subject, score, grade, version and time have columns of their own;
// written again in the breakdown they were half its size, and the rescore
// of everyone writes hundreds of thousands of them.
export function breakdownOf(compact: CompactRating): BreakdownColumn {
  const { subjectKind, blacklisted, redlisted, items } = compact;
  return [subjectKind, blacklisted ? 1 : 0, redlisted ? 1 : 0, items];
}

/** The rating a row holds, whichever shape its breakdown was stored in. */
export function storedRating(row: RatingColumns): StoredRating {
  const { breakdown } = row;
  if (!Array.isArray(breakdown) && 'dimensions' in breakdown) {
    return breakdown;
  }
  const fields = Array.isArray(breakdown) ? namedFields(breakdown) : breakdown;
  return {
    subjectId: row.subjectId,
    subjectKind: fields.subjectKind,
    score: row.score,
    grade: row.grade,
    blacklisted: fields.blacklisted,
    redlisted: fields.redlisted,
    modelVersion: row.modelVersion,
    computedAt: row.computedAt.toISOString(),
    items: fields.items,
  };
}

function namedFields([kind, blacklisted, redlisted, items]: BreakdownColumn) {
  return {
    subjectKind: kind,
    blacklisted: blacklisted === 1,
    redlisted: redlisted === 1,
    items,
  };
}

export function compactRating(rating: Rating): CompactRating {
  return {
    subjectId: rating.subjectId,
    subjectKind: rating.subjectKind,
    score: rating.score,
    grade: rating.grade,
    blacklisted: rating.blacklisted,
    redlisted: rating.redlisted,
    modelVersion: rating.modelVersion,
    computedAt: rating.computedAt,
    items: rating.dimensions.map((d) =>
      d.items.flatMap((item) => [item.recordId, item.points]),
    ),
  };
}

/** The ids of the records a compact rating names. */
export function recordIdsOf(compact: CompactRating): number[] {
  return compact.items.flatMap((pairs) => pairs.filter((_, i) => i % 2 === 0));
}

/**
 * The full rating, from its model version and the records it names. Null
 * when a record or its rule is gone, so the caller rescores instead of
 * explaining a score with something that no longer says so.
 */
export function expandRating(
  compact: CompactRating,
  model: ScoringModel,
  records: Map<number, ScorableRecord>,
  computedOn: string,
): Rating | null {
  if (compact.items.length !== model.dimensions.length) return null;
  const dimensions = [];
  for (const [index, dimension] of model.dimensions.entries()) {
    const pairs = compact.items[index];
    const items = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const record = records.get(pairs[i]);
      const rule = record && ruleFor(dimension, record);
      if (record === undefined || rule === undefined) return null;
      const ageDays = daysBetween(record.decisionDate, computedOn);
      items.push(ratingItem(record, rule, pairs[i + 1], ageDays));
    }
    dimensions.push(dimensionOf(dimension, items));
  }
  const { subjectKind, grade } = compact;
  return {
    subjectId: compact.subjectId,
    subjectKind,
    score: compact.score,
    grade,
    gradeLabel: gradeLabel(subjectKind, grade),
    base: model.base,
    blacklisted: compact.blacklisted,
    redlisted: compact.redlisted,
    modelVersion: compact.modelVersion,
    computedAt: compact.computedAt,
    dimensions,
  };
}
