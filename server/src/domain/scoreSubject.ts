// Computes a rating from a subject's records and a scoring model. Every
// point is an item naming its record and rule; a blacklisted subject gets
// the worst grade whatever its score.
import {
  gradeFor,
  gradeLabel,
  gradesOf,
  Rating,
  RatingDimension,
  RatingItem,
  RecordStatus,
  RecordType,
  Severity,
  SubjectKind,
} from '@creditplus/shared';

import { recordCounts } from './disclosure';
import { daysBetween, decayedPoints } from './scoringDecay';
import {
  DimensionModel,
  SCORE_RANGE,
  ScoringModel,
  ScoringRule,
} from './scoringModels';

export interface ScorableRecord {
  id: number;
  type: RecordType;
  title: string;
  docNumber: string;
  department: string;
  decisionDate: string;
  disclosureEnd: string | null;
  severity: Severity | null;
  /** Performance records: returned or defaulted. */
  category?: string;
  status: RecordStatus;
}

export interface ScoreInput {
  subjectId: number;
  subjectKind: SubjectKind;
  records: ScorableRecord[];
  model: ScoringModel;
  /** Business date in Asia/Shanghai deciding which records count. */
  today: string;
  now: Date;
}

export function scoreSubject(input: ScoreInput): Rating {
  const { model, subjectKind } = input;
  if (model.subjectKind !== subjectKind) {
    throw new Error(
      `a ${model.subjectKind} model cannot rate a ${subjectKind}`,
    );
  }
  const counting = input.records.filter((r) => recordCounts(r, input.today));

  const dimensions = model.dimensions.map((d) =>
    scoreDimension(d, counting, input.today),
  );
  const total = dimensions.reduce((sum, d) => sum + d.points, model.base);
  const score = clamp(total, SCORE_RANGE.min, SCORE_RANGE.max);

  const blacklisted = counting.some((r) => r.type === 'blacklist');
  const grades = gradesOf(subjectKind);
  const grade = blacklisted
    ? grades[grades.length - 1]
    : gradeFor(subjectKind, score);
  return {
    subjectId: input.subjectId,
    subjectKind,
    score,
    grade,
    gradeLabel: gradeLabel(subjectKind, grade),
    base: model.base,
    blacklisted,
    redlisted: counting.some((r) => r.type === 'redlist'),
    modelVersion: model.version,
    computedAt: input.now.toISOString(),
    dimensions,
  };
}

function scoreDimension(
  dimension: DimensionModel,
  records: ScorableRecord[],
  today: string,
): RatingDimension {
  const items: RatingItem[] = [];
  for (const record of records) {
    const rule = ruleFor(dimension, record);
    if (rule === undefined) continue;
    const ageDays = daysBetween(record.decisionDate, today);
    const points = decayedPoints(rule.points, rule.halfLifeDays, ageDays);
    items.push(ratingItem(record, rule, points, ageDays));
  }
  return dimensionOf(dimension, items);
}

/** The dimension's rule a record falls under, if any. */
export function ruleFor(
  dimension: DimensionModel,
  record: Pick<ScorableRecord, 'type' | 'severity' | 'category'>,
): ScoringRule | undefined {
  return dimension.rules.find(
    (r) =>
      r.recordType === record.type &&
      (r.severity === undefined || r.severity === record.severity) &&
      (r.category === undefined || r.category === record.category),
  );
}

export function ratingItem(
  record: ScorableRecord,
  rule: ScoringRule,
  points: number,
  ageDays: number,
): RatingItem {
  return {
    recordId: record.id,
    recordType: record.type,
    title: record.title,
    docNumber: record.docNumber,
    department: record.department,
    decisionDate: record.decisionDate,
    points,
    rule: describeRule(rule, points, ageDays),
  };
}

export function dimensionOf(
  dimension: DimensionModel,
  items: RatingItem[],
): RatingDimension {
  const rawPoints = items.reduce((sum, item) => sum + item.points, 0);
  return {
    key: dimension.key,
    label: dimension.label,
    points: clamp(rawPoints, dimension.cap.min, dimension.cap.max),
    rawPoints,
    cap: { ...dimension.cap },
    items,
  };
}

// The rule as the subject reads it: 一般行政处罚 -60, and with decay
// 一般行政处罚 -60，半衰期 365 天，已 200 天，计 -41.
function describeRule(
  rule: ScoringRule,
  points: number,
  ageDays: number,
): string {
  const base = `${rule.label} ${signed(rule.points)}`;
  if (rule.halfLifeDays === undefined) return base;
  return `${base}，半衰期 ${rule.halfLifeDays} 天，已 ${Math.max(0, ageDays)} 天，计 ${signed(points)}`;
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
