// The arithmetic of a rating: which records count, the points each earns
// under its rule, the dimensions' capped totals, the score and the grade,
// kept as record ids and points per dimension. The wording (titles,
// departments, rule texts) is added only where a rating is shown, so a
// rescore of everyone reads and builds no more than the score needs.
import { gradeFor, gradesOf, SubjectKind } from '@creditplus/shared';

import { recordCounts } from './disclosure';
import type { CompactRating } from './ratingBreakdown';
import { clamp, ruleFor } from './ratingItems';
import type { ScorableRecord } from './scoreSubject';
import { daysSince, decayedPoints } from './scoringDecay';
import { SCORE_RANGE, ScoringModel } from './scoringModels';

/** What scoring reads of a record. */
export type ScoredRecord = Pick<
  ScorableRecord,
  | 'id'
  | 'type'
  | 'severity'
  | 'category'
  | 'decisionDate'
  | 'disclosureEnd'
  | 'status'
>;

export interface CompactScoreInput {
  subjectId: number;
  subjectKind: SubjectKind;
  /** In the order the breakdown lists them. */
  records: readonly ScoredRecord[];
  model: ScoringModel;
  /** Business date in Asia/Shanghai deciding which records count. */
  today: string;
  now: Date;
}

export function scoreCompact(input: CompactScoreInput): CompactRating {
  const { model, subjectKind, today } = input;
  if (model.subjectKind !== subjectKind) {
    throw new Error(
      `a ${model.subjectKind} model cannot rate a ${subjectKind}`,
    );
  }
  const { dimensions } = model;
  const items: number[][] = dimensions.map(() => []);
  const rawPoints: number[] = dimensions.map(() => 0);
  let blacklisted = false;
  let redlisted = false;
  const todayMs = Date.parse(today);
  for (const record of input.records) {
    if (!recordCounts(record, today)) continue;
    if (record.type === 'blacklist') blacklisted = true;
    if (record.type === 'redlist') redlisted = true;
    for (let d = 0; d < dimensions.length; d += 1) {
      const rule = ruleFor(dimensions[d], record);
      if (rule === undefined) continue;
      const ageDays = daysSince(record.decisionDate, todayMs);
      const points = decayedPoints(rule.points, rule.halfLifeDays, ageDays);
      items[d].push(record.id, points);
      rawPoints[d] += points;
    }
  }

  let total = model.base;
  for (let d = 0; d < dimensions.length; d += 1) {
    const { cap } = dimensions[d];
    total += clamp(rawPoints[d], cap.min, cap.max);
  }
  const score = clamp(total, SCORE_RANGE.min, SCORE_RANGE.max);
  const grades = gradesOf(subjectKind);
  const grade = blacklisted
    ? grades[grades.length - 1]
    : gradeFor(subjectKind, score);
  return {
    subjectId: input.subjectId,
    subjectKind,
    score,
    grade,
    blacklisted,
    redlisted,
    modelVersion: model.version,
    computedAt: instantText(input.now),
    items,
  };
}

// The rescore of everyone rates hundreds of thousands of subjects at one
// instant, whose text was a third of the arithmetic's time.
let lastInstant = { ms: NaN, text: '' };
function instantText(at: Date): string {
  const ms = at.getTime();
  if (ms !== lastInstant.ms) lastInstant = { ms, text: at.toISOString() };
  return lastInstant.text;
}
