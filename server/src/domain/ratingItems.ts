// How a record's points read in a rating: the rule of a dimension it falls
// under, the item naming the record and the rule's wording, and the
// dimension's total held within its cap. Shared by scoring and by the
// rebuilding of a stored rating, so both word a point the same way.
import type { RatingDimension, RatingItem } from '@creditplus/shared';

import type { ScorableRecord } from './scoreSubject';
import type { DimensionModel, ScoringRule } from './scoringModels';

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

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
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
