// A row of the national 行政许可 双公示 format. A license counts while in
// force: from its decision to the end of its validity.
import type { RecordStatus } from '@creditplus/shared';

import type { RowResult } from './parsedRecord';
import { RowContext, RowReader } from './rowReader';

export const licenseColumns = {
  name: '行政相对人名称',
  category: '行政相对人类别',
  uscc: '行政相对人代码_1(统一社会信用代码)',
  idNumber: '证件号码',
  docNumber: '行政许可决定文书号',
  docName: '行政许可决定文书名称',
  certificate: '许可证书名称',
  licenseCategory: '许可类别',
  decisionDate: '许可决定日期',
  validTo: '有效期至',
  authority: '许可机关',
  authorityUscc: '许可机关统一社会信用代码',
  state: '当前状态',
};

export const licenseRequiredColumns = [
  licenseColumns.name,
  licenseColumns.category,
  licenseColumns.uscc,
  licenseColumns.docNumber,
  licenseColumns.decisionDate,
  licenseColumns.authority,
];

// 当前状态 values; anything else (撤销, 注销, 吊销 …) ends the license. A
// map, not an object, so a cell reading "constructor" is no state.
const STATES = new Map<string, RecordStatus>([
  ['', 'active'],
  ['有效', 'active'],
  ['正常', 'active'],
  ['过期', 'expired'],
  ['失效', 'expired'],
]);

export function readLicenseRow(
  cells: Record<string, string>,
  rowNumber: number,
  context: RowContext,
): RowResult {
  const c = licenseColumns;
  const read = new RowReader(cells, rowNumber, context);
  const subject = read.subject(c);
  const docNumber = read.code(c.docNumber);
  const decisionDate = read.pastDate(c.decisionDate);
  // Ending the day it was granted is a one-day license.
  const validTo = read.endDate(
    c.validTo,
    decisionDate,
    'valid_to_before_decision',
    'allowed',
  );
  const department = read.department(c.authority, c.authorityUscc);
  if (read.problems.length > 0 || subject === null || decisionDate === null) {
    return { ok: false, problems: read.problems };
  }

  const title =
    read.optional(c.certificate) || read.optional(c.docName) || docNumber;
  return {
    ok: true,
    record: {
      subject,
      department,
      type: 'license',
      docNumber,
      title,
      category: read.optional(c.licenseCategory) || '行政许可',
      amountFen: null,
      decisionDate,
      disclosureEnd: validTo,
      severity: null,
      status: STATES.get(read.word(c.state)) ?? 'revoked',
      payload: read.payload(),
    },
  };
}
