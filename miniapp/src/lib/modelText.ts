// A scoring model in the words the credit office reads it: which records
// a rule scores, how many points each, how they fade, and the bounds of a
// dimension.
import type { ScoringModelView } from '@creditplus/shared';
import { RECORD_TYPE, SEVERITY } from './labels';
import { signedPoints } from './points';

type Dimension = ScoringModelView['dimensions'][number];
type Rule = Dimension['rules'][number];

// The two outcomes a merchant reports for a deposit-free deal.
const PERFORMANCE_CATEGORY: Record<string, string> = {
  returned: '按时归还',
  defaulted: '违约',
};

/** 行政处罚（严重）, 履约记录（违约）, 红名单. */
export function describeMatch(rule: Rule): string {
  const type = RECORD_TYPE[rule.recordType] ?? rule.recordType;
  const kind =
    rule.severity !== undefined
      ? SEVERITY[rule.severity]
      : rule.category !== undefined
        ? (PERFORMANCE_CATEGORY[rule.category] ?? rule.category)
        : null;
  return kind === null ? type : `${type}（${kind}）`;
}

/** 每条 −60 分, and how the points fade when the rule says so. */
export function describePoints(rule: Rule): string {
  const points = `每条 ${signedPoints(rule.points)} 分`;
  if (rule.halfLifeDays === undefined) return points;
  return `${points}，每 ${rule.halfLifeDays} 天减半`;
}

/** What a dimension may add to or take from the base. */
export function describeCap(cap: Dimension['cap']): string {
  if (cap.min === 0 && cap.max === 0) return '不计分';
  if (cap.min === 0) return `最多加 ${cap.max} 分`;
  if (cap.max === 0) return `最多扣 ${-cap.min} 分`;
  return `${signedPoints(cap.min)} 至 ${signedPoints(cap.max)} 分`;
}

/** The version in force for each kind: the highest published. */
export function currentModel(
  models: ScoringModelView[],
  kind: ScoringModelView['subjectKind'],
): ScoringModelView | null {
  return models
    .filter((model) => model.subjectKind === kind)
    .reduce<ScoringModelView | null>(
      (newest, model) =>
        newest === null || model.version > newest.version ? model : newest,
      null,
    );
}
