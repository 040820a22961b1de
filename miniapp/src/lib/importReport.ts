// Reading a department's import report: the counts in one line and the
// refused rows in file order, the file-wide problems first.
import type {
  ImportReportView,
  ImportSource,
  RowOutcome,
  RowProblemView,
} from '@creditplus/shared';

export const IMPORT_SOURCE: Record<ImportSource, string> = {
  penalties: '行政处罚',
  licenses: '行政许可',
  lists: '红黑名单',
};

export const ROW_OUTCOME: Record<RowOutcome, string> = {
  created: '新增',
  updated: '更新',
  unchanged: '未变',
  rejected: '拒绝',
};

const OUTCOME_ORDER: RowOutcome[] = [
  'created',
  'updated',
  'unchanged',
  'rejected',
];

export interface ReportSummary {
  /** 共 26 行：新增 21，更新 0，未变 1，拒绝 4 */
  line: string;
  /** True when every row went in. */
  clean: boolean;
  counts: { outcome: RowOutcome; label: string; count: number }[];
  problems: (RowProblemView & { where: string })[];
}

// Row 0 is the file as a whole (a header in the wrong encoding, unknown
// columns), which the table shows as 整个文件.
function where(problem: RowProblemView): string {
  return problem.row === 0 ? '整个文件' : `第 ${problem.row} 行`;
}

export function summariseReport(report: ImportReportView): ReportSummary {
  const counts = OUTCOME_ORDER.map((outcome) => ({
    outcome,
    label: ROW_OUTCOME[outcome],
    count: report.counts[outcome] ?? 0,
  }));
  const line =
    `共 ${report.rows} 行：` +
    counts.map((c) => `${c.label} ${c.count}`).join('，');
  const problems = [...report.problems]
    .sort((a, b) => a.row - b.row)
    .map((problem) => ({ ...problem, where: where(problem) }));

  return {
    line,
    clean: problems.length === 0 && (report.counts.rejected ?? 0) === 0,
    counts,
    problems,
  };
}

/** Upload limits of docs/contract.md, checked before sending. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const UPLOAD_EXTENSIONS = /\.(csv|xlsx)$/i;

/** Null when the file may be sent, else why not. */
export function uploadRefusal(file: {
  name: string;
  size: number;
}): string | null {
  if (!UPLOAD_EXTENSIONS.test(file.name)) {
    return '只能上传 CSV 或 XLSX 文件';
  }
  if (file.size === 0) return '文件是空的';
  if (file.size > MAX_UPLOAD_BYTES) return '文件超过 20 MB，请拆分后上传';
  return null;
}
