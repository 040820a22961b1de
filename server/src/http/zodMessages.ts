// Chinese messages for the schema problems clients meet most, in the words
// of the product: zod's own zh-CN messages name JavaScript types ("期望
// string") and call a text too short a value too small. Other problems keep
// zod's zh-CN message.
import { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const zhCN = z.locales.zhCN().localeError;

const TYPES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '数组',
  null: '空值',
  date: '日期',
};

// What a length counts, by the kind of value measured.
const UNITS: Record<string, string> = {
  string: '个字符',
  array: '项',
  set: '项',
  file: '字节',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeMessage(expected: string, input: unknown): string {
  const wanted = TYPES[expected] ?? expected;
  if (input === undefined) return `缺少该项，应为${wanted}`;
  // A query parameter coerced to a number arrives as NaN when it is text:
  // its type alone would read "a number, got a number".
  if (Number.isNaN(input)) return `应为${wanted}，实际不是有效的数字`;
  const got = TYPES[kindOf(input)] ?? kindOf(input);
  return `应为${wanted}，实际为${got}`;
}

function sizeMessage(issue: Issue): string | undefined {
  if (issue.code === 'too_small') {
    const least = Number(issue.minimum);
    const unit = UNITS[issue.origin];
    if (unit) {
      return issue.inclusive
        ? `至少 ${least} ${unit}`
        : `多于 ${least} ${unit}`;
    }
    return issue.inclusive ? `不能小于 ${least}` : `应大于 ${least}`;
  }
  if (issue.code === 'too_big') {
    const most = Number(issue.maximum);
    const unit = UNITS[issue.origin];
    if (unit) {
      return issue.inclusive ? `最多 ${most} ${unit}` : `少于 ${most} ${unit}`;
    }
    return issue.inclusive ? `不能大于 ${most}` : `应小于 ${most}`;
  }
  return undefined;
}

export function localeError(issue: Issue): ReturnType<typeof zhCN> {
  if (issue.code === 'invalid_type') {
    return typeMessage(issue.expected, issue.input);
  }
  return sizeMessage(issue) ?? zhCN(issue);
}
