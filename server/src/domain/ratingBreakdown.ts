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
 * The breakdown column: what the rating's own columns do not hold. Rows
 * written before held a whole compact or full rating there.
 */
export type StoredBreakdown =
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
export function breakdownOf(compact: CompactRating): StoredBreakdown {
  const { subjectKind, blacklisted, redlisted, items } = compact;
  return { subjectKind, blacklisted, redlisted, items };
}

/** The rating a row holds, whichever shape its breakdown was stored in. */
export function storedRating(row: RatingColumns): StoredRating {
  const { breakdown } = row;
  if ('dimensions' in breakdown) return breakdown;
  return {
    subjectId: row.subjectId,
    subjectKind: breakdown.subjectKind,
    score: row.score,
    grade: row.grade,
    blacklisted: breakdown.blacklisted,
    redlisted: breakdown.redlisted,
    modelVersion: row.modelVersion,
    computedAt: row.computedAt.toISOString(),
    items: breakdown.items,
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
