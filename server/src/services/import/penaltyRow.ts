// A row of the national 行政处罚 双公示 format.
import { disclosureEnd } from '../../domain/disclosure';
import {
  severityFromMeasures,
  severityFromPeriod,
} from '../../domain/severity';
import type { RowResult } from './parsedRecord';
import { RowContext, RowReader } from './rowReader';

export const penaltyColumns = {
  name: '行政相对人名称',
  category: '行政相对人类别',
  uscc: '行政相对人代码_1(统一社会信用代码)',
  idNumber: '证件号码',
  docNumber: '行政处罚决定书文号',
  offence: '违法行为类型',
  measures: '处罚类别',
  fine: '罚款金额(万元)',
  decisionDate: '处罚决定日期',
  disclosureEnd: '公示截止期',
  authority: '处罚机关',
  authorityUscc: '处罚机关统一社会信用代码',
};

export const penaltyRequiredColumns = [
  penaltyColumns.name,
  penaltyColumns.category,
  penaltyColumns.uscc,
  penaltyColumns.docNumber,
  penaltyColumns.measures,
  penaltyColumns.decisionDate,
  penaltyColumns.authority,
];

export function readPenaltyRow(
  cells: Record<string, string>,
  rowNumber: number,
  context: RowContext,
): RowResult {
  const c = penaltyColumns;
  const read = new RowReader(cells, rowNumber, context);
  const subject = read.subject(c);
  const docNumber = read.code(c.docNumber);
  const measures = read.required(c.measures);
  const amountFen = read.amountFen(c.fine);
  const decisionDate = read.pastDate(c.decisionDate);
  // An end on the decision day would disclose the fine for no day at all.
  const givenEnd = read.endDate(
    c.disclosureEnd,
    decisionDate,
    'disclosure_end_not_after_decision',
    'refused',
  );
  const department = read.department(c.authority, c.authorityUscc);
  if (read.problems.length > 0 || subject === null || decisionDate === null) {
    return { ok: false, problems: read.problems };
  }

  const severity =
    givenEnd === null
      ? severityFromMeasures(measures, amountFen)
      : severityFromPeriod(decisionDate, givenEnd);
  return {
    ok: true,
    record: {
      subject,
      department,
      type: 'penalty',
      docNumber,
      title: read.optional(c.offence) || measures,
      category: measures,
      amountFen,
      decisionDate,
      disclosureEnd: disclosureEnd(severity, decisionDate, givenEnd),
      severity,
      status: 'active',
      payload: read.payload(),
    },
  };
}
