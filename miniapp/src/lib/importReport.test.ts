import type { ImportReportView } from '@creditplus/shared';
import {
  MAX_UPLOAD_BYTES,
  summariseReport,
  uploadRefusal,
} from './importReport';

const report: ImportReportView = {
  source: 'penalties',
  rows: 26,
  counts: { created: 21, updated: 0, unchanged: 1, rejected: 4 },
  outcomes: [],
  problems: [
    {
      row: 25,
      column: '罚款金额（万元）',
      code: 'negative',
      message: '金额为负',
    },
    {
      row: 21,
      column: '统一社会信用代码',
      code: 'checksum',
      message: '校验位错',
    },
    { row: 0, column: '', code: 'unknown_column', message: '未知列' },
  ],
};

describe('summariseReport', () => {
  it('counts every outcome in one line', () => {
    expect(summariseReport(report).line).toBe(
      '共 26 行：新增 21，更新 0，未变 1，拒绝 4',
    );
  });

  it('lists file-wide problems first, then rows in file order', () => {
    expect(summariseReport(report).problems.map((p) => p.where)).toEqual([
      '整个文件',
      '第 21 行',
      '第 25 行',
    ]);
  });

  it('calls a report clean only when nothing was refused', () => {
    expect(summariseReport(report).clean).toBe(false);
    expect(
      summariseReport({
        ...report,
        counts: { created: 3, updated: 1, unchanged: 0, rejected: 0 },
        problems: [],
      }).clean,
    ).toBe(true);
  });
});

describe('uploadRefusal', () => {
  it('lets a CSV or XLSX within the limit through', () => {
    expect(uploadRefusal({ name: 'a.CSV', size: 10 })).toBeNull();
    expect(
      uploadRefusal({ name: 'b.xlsx', size: MAX_UPLOAD_BYTES }),
    ).toBeNull();
  });

  it('refuses other types, empty files and files over 20 MB', () => {
    expect(uploadRefusal({ name: 'a.xls', size: 10 })).toMatch(/CSV/);
    expect(uploadRefusal({ name: 'a.csv', size: 0 })).toMatch(/空/);
    expect(
      uploadRefusal({ name: 'a.csv', size: MAX_UPLOAD_BYTES + 1 }),
    ).toMatch(/20 MB/);
  });
});
