// Why the server refused a model, one line per problem, each saying where
// in the JSON it is in Chinese and why in the server's own words.
import type { ScoringModelProblem } from '@creditplus/shared';
import type { ApiError } from './apiError';

export interface Reason {
  /** 维度 2 · 规则 1 · 分值; empty for the model as a whole. */
  where: string;
  message: string;
}

const FIELD: Record<string, string> = {
  subjectKind: '主体类型',
  base: '基础分',
  dimensions: '维度',
  key: '键',
  label: '名称',
  cap: '上下限',
  min: '下限',
  max: '上限',
  rules: '规则',
  recordType: '记录类型',
  severity: '严重程度',
  category: '类别',
  points: '分值',
  halfLifeDays: '半衰期',
};

/** dimensions.1.rules.0.points → 维度 2 · 规则 1 · 分值 */
export function describePath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('.').filter((s) => s !== '')) {
    if (/^\d+$/.test(segment) && parts.length > 0) {
      // Counted from 1 as people count; the field before names the list.
      parts[parts.length - 1] += ` ${Number(segment) + 1}`;
    } else {
      parts.push(FIELD[segment] ?? segment);
    }
  }
  return parts.join(' · ');
}

/**
 * The problems a refusal lists: a model that fails the domain's checks
 * (422 model_invalid), a value of the wrong type (400 validation_failed)
 * or a field the endpoint does not take (400 unknown_field). Any other
 * refusal has no list; its message says it all.
 */
export function refusalReasons(error: ApiError): Reason[] {
  const details = (error.details ?? {}) as {
    reasons?: ScoringModelProblem[];
    fields?: (ScoringModelProblem | string)[];
  };
  if (error.code === 'model_invalid') return located(details.reasons ?? []);
  if (error.code === 'validation_failed') {
    return located((details.fields ?? []) as ScoringModelProblem[]);
  }
  if (error.code === 'unknown_field') {
    return (details.fields ?? []).map((field) => ({
      where: describePath(String(field)),
      message: '不支持此字段，请删除',
    }));
  }
  return [];
}

function located(problems: ScoringModelProblem[]): Reason[] {
  return problems.map(({ path, message }) => ({
    where: describePath(path),
    message,
  }));
}
