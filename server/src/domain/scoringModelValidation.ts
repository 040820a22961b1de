// Checks a scoring model the credit office wants to publish. Every problem
// is listed at once, with where it is, so the office fixes them in one go;
// a model with any problem is never stored.
//
// The blacklist forcing grade D is a hard rule of the engine, outside any
// model: a model can weigh a blacklisting but never reward one.
import type { Severity, SubjectKind } from '@creditplus/shared';

import { ScoringModel, SCORE_RANGE } from './scoringModels';

/** A model as the office sends it, before anything is known to be valid. */
export interface ScoringModelDraft {
  subjectKind: string;
  base: number;
  dimensions: {
    key: string;
    label: string;
    cap: { min: number; max: number };
    rules: {
      recordType: string;
      severity?: string;
      /** Performance only: returned or defaulted. */
      category?: string;
      points: number;
      label: string;
      halfLifeDays?: number;
    }[];
  }[];
}

export interface ModelProblem {
  /** Where, e.g. dimensions.1.rules.0.points. */
  path: string;
  message: string;
}

export type ModelCheck =
  | { ok: true; model: Omit<ScoringModel, 'version'> }
  | { ok: false; problems: ModelProblem[] };

// Record types a model may score. Performance (deposit-free deals
// returned or defaulted) is listed ahead of the record type itself: its
// rules score nothing until such records exist.
const RECORD_TYPES = new Set<string>([
  'penalty',
  'license',
  'redlist',
  'blacklist',
  'watchlist',
  'performance',
]);
// A set, not an object: `in` would take "__proto__" or "toString".
const SUBJECT_KINDS = new Set<string>([
  'person',
  'organization',
] satisfies SubjectKind[]);
// Minor penalties are never published, so they never count (disclosure.ts).
const SCORED_SEVERITIES: readonly Severity[] = ['general', 'serious'];
const PERFORMANCE_CATEGORIES: readonly string[] = ['returned', 'defaulted'];
const MAX_HALF_LIFE_DAYS = 3650;
const MAX_LABEL_LENGTH = 50;
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

export function checkScoringModel(draft: ScoringModelDraft): ModelCheck {
  const problems: ModelProblem[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ path, message });

  if (!SUBJECT_KINDS.has(draft.subjectKind)) {
    problem('subjectKind', '主体类型只能是 person 或 organization');
  }
  if (!isWholeIn(draft.base, SCORE_RANGE.min, SCORE_RANGE.max)) {
    problem('base', '基础分须为 0–1000 的整数');
  }
  if (draft.dimensions.length === 0) {
    problem('dimensions', '模型至少要有一个维度');
  }

  const keys = new Set<string>();
  // Which rule already scores a record type (and severity): a record must
  // be scored by one rule only, or it would count twice.
  const scoredBy = new Map<string, string>();
  draft.dimensions.forEach((dimension, d) => {
    const at = `dimensions.${d}`;
    if (!KEY_PATTERN.test(dimension.key)) {
      problem(`${at}.key`, '维度键须为小写字母开头的字母、数字或下划线');
    } else if (keys.has(dimension.key)) {
      problem(`${at}.key`, `维度键 ${dimension.key} 重复`);
    }
    keys.add(dimension.key);
    checkLabel(dimension.label, `${at}.label`, problem);

    const { min, max } = dimension.cap;
    const capOk =
      isWholeIn(min, -SCORE_RANGE.max, 0) && isWholeIn(max, 0, SCORE_RANGE.max);
    if (!capOk) {
      problem(
        `${at}.cap`,
        '上下限须为整数，且下限 ≤ 0 ≤ 上限，绝对值不超过 1000',
      );
    }

    dimension.rules.forEach((rule, r) => {
      const ruleAt = `${at}.rules.${r}`;
      checkLabel(rule.label, `${ruleAt}.label`, problem);
      if (!RECORD_TYPES.has(rule.recordType)) {
        problem(`${ruleAt}.recordType`, `未知的记录类型 ${rule.recordType}`);
        return;
      }
      checkSeverity(rule, ruleAt, problem);
      checkCategory(rule, ruleAt, problem);
      checkPoints(rule, capOk ? dimension.cap : null, ruleAt, problem);
      if (
        rule.halfLifeDays !== undefined &&
        !isWholeIn(rule.halfLifeDays, 1, MAX_HALF_LIFE_DAYS)
      ) {
        problem(`${ruleAt}.halfLifeDays`, '半衰期须为 1–3650 天的整数');
      }
      const targets = targetsOf(rule);
      const earlier = targets.find((target) => scoredBy.has(target));
      if (earlier !== undefined) {
        problem(ruleAt, `与 ${scoredBy.get(earlier)} 重复计分同一类记录`);
      }
      for (const target of targets) scoredBy.set(target, ruleAt);
    });
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, model: draft as Omit<ScoringModel, 'version'> };
}

type Report = (path: string, message: string) => void;
type DraftRule = ScoringModelDraft['dimensions'][number]['rules'][number];

function checkSeverity(rule: DraftRule, at: string, problem: Report): void {
  if (rule.severity === undefined) return;
  if (rule.recordType !== 'penalty') {
    problem(`${at}.severity`, '只有行政处罚规则可以区分严重程度');
  } else if (!SCORED_SEVERITIES.includes(rule.severity as Severity)) {
    problem(
      `${at}.severity`,
      '严重程度只能是 general 或 serious（轻微处罚不计分）',
    );
  }
}

function checkCategory(rule: DraftRule, at: string, problem: Report): void {
  if (rule.category === undefined) return;
  if (rule.recordType !== 'performance') {
    problem(`${at}.category`, '只有履约记录规则可以区分类别');
  } else if (!PERFORMANCE_CATEGORIES.includes(rule.category)) {
    problem(`${at}.category`, '履约类别只能是 returned 或 defaulted');
  }
}

function checkPoints(
  rule: DraftRule,
  cap: { min: number; max: number } | null,
  at: string,
  problem: Report,
): void {
  if (!Number.isInteger(rule.points) || rule.points === 0) {
    problem(`${at}.points`, '分值须为非零整数');
    return;
  }
  if (cap !== null && (rule.points < cap.min || rule.points > cap.max)) {
    problem(`${at}.points`, `分值 ${rule.points} 超出维度上下限`);
  }
  if (rule.recordType === 'blacklist' && rule.points > 0) {
    problem(`${at}.points`, '严重失信主体名单不能加分');
  }
  if (rule.recordType === 'watchlist' && rule.points > 0) {
    problem(`${at}.points`, '重点关注名单不能加分');
  }
  if (rule.recordType === 'redlist' && rule.points < 0) {
    problem(`${at}.points`, '守信激励名单不能减分');
  }
}

function checkLabel(label: string, at: string, problem: Report): void {
  const length = label.trim().length;
  if (length === 0 || length > MAX_LABEL_LENGTH) {
    problem(at, '名称须为 1–50 个字符');
  }
}

// A penalty rule without a severity scores every scored severity, a
// performance rule without a category every category.
function targetsOf(rule: DraftRule): string[] {
  if (rule.recordType === 'performance') {
    const categories = rule.category ? [rule.category] : PERFORMANCE_CATEGORIES;
    return categories.map((category) => `performance:${category}`);
  }
  if (rule.recordType !== 'penalty') return [rule.recordType];
  const severities = rule.severity ? [rule.severity] : SCORED_SEVERITIES;
  return severities.map((severity) => `penalty:${severity}`);
}

function isWholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
