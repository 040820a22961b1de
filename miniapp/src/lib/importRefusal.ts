// What the upload page says when the server refuses a file whole. The
// server's message only names the kind of problem; the columns it sends
// in `details.columns` are what staff must fix in the file, so they are
// named too. A column refusal is also what a file of the wrong kind
// (penalties sent as licenses) looks like, so it reminds which kind was
// chosen.
import type { ImportSource } from '@creditplus/shared';
import { ApiError } from './apiError';
import { IMPORT_SOURCE } from './importReport';

export interface ImportRefusal {
  message: string;
  /** A second line when the chosen kind may not fit the file. */
  hint: string | null;
}

const COLUMN_CODES = new Set(['unknown_columns', 'missing_columns']);

// A file of the wrong kind misses or adds a dozen columns; the first few
// say enough and the line stays readable on a phone.
const MAX_LISTED = 6;

function columnsOf(details: unknown): string[] {
  if (typeof details !== 'object' || details === null) return [];
  const { columns } = details as { columns?: unknown };
  if (!Array.isArray(columns)) return [];
  return columns.filter(
    (column): column is string => typeof column === 'string' && column !== '',
  );
}

/** 额外列、备用列 — or the first few and how many in all. */
export function listColumns(columns: string[]): string {
  const listed = columns.slice(0, MAX_LISTED).join('、');
  return columns.length > MAX_LISTED
    ? `${listed}等 ${columns.length} 列`
    : listed;
}

export function importRefusal(
  error: unknown,
  source: ImportSource,
): ImportRefusal {
  if (!(error instanceof Error)) {
    return { message: '上传失败，请重试', hint: null };
  }
  if (!(error instanceof ApiError) || !COLUMN_CODES.has(error.code)) {
    return { message: error.message, hint: null };
  }

  const columns = columnsOf(error.details);
  const message =
    columns.length > 0
      ? `${error.message}：${listColumns(columns)}`
      : error.message;
  const hint =
    `所选文件内容为「${IMPORT_SOURCE[source]}」，` +
    '如果文件是另一类数据，请在上方改选后重新上传';
  return { message, hint };
}
