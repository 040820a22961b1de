// A row of a red, black or watch list (守信激励 / 严重失信主体名单 /
// 重点关注名单, 经营异常名录). Lists carry no document number, so one is
// made from the list, the listing date and the subject's code hash:
// re-importing the same listing finds the same record.
import type { RecordType } from '@creditplus/shared';

import { hashCode } from '../../domain/subjectCode';
import type { RowResult } from './parsedRecord';
import { RowContext, RowReader } from './rowReader';

export const listColumns = {
  list: '名单类型',
  name: '主体名称',
  category: '主体类别',
  uscc: '统一社会信用代码',
  idNumber: '证件号码',
  reason: '列入原因',
  department: '认定部门',
  listedOn: '列入日期',
  validTo: '有效期至',
  removedOn: '移出日期',
};

export const listRequiredColumns = [
  listColumns.list,
  listColumns.name,
  listColumns.category,
  listColumns.uscc,
  listColumns.idNumber,
  listColumns.department,
  listColumns.listedOn,
];

// Checked in order: a watch list first, as 失信重点关注名单 is one, then
// 失信, which names a blacklist even when it also says 名单.
const LIST_TYPES: [string, RecordType][] = [
  ['重点关注', 'watchlist'],
  ['经营异常', 'watchlist'],
  ['失信', 'blacklist'],
  ['黑名单', 'blacklist'],
  ['守信', 'redlist'],
  ['红名单', 'redlist'],
  ['激励', 'redlist'],
];

export function readListRow(
  cells: Record<string, string>,
  rowNumber: number,
  context: RowContext,
): RowResult {
  const c = listColumns;
  const read = new RowReader(cells, rowNumber, context);
  const list = read.required(c.list);
  const type = LIST_TYPES.find(([word]) => list.includes(word))?.[1];
  if (list !== '' && type === undefined)
    read.refuse(c.list, 'unknown_list_type');
  const subject = read.subject(c);
  const listedOn = read.pastDate(c.listedOn);
  // A listing may end or be lifted the day it was made.
  const validTo = read.endDate(
    c.validTo,
    listedOn,
    'valid_to_before_listing',
    'allowed',
  );
  // A removal is done, not planned (that is 有效期至): a later date would
  // lift the listing from today.
  const removedOn = read.notFuture(
    c.removedOn,
    read.endDate(c.removedOn, listedOn, 'removed_before_listing', 'allowed'),
  );
  const department = read.department(c.department);
  if (
    read.problems.length > 0 ||
    subject === null ||
    listedOn === null ||
    type === undefined
  ) {
    return { ok: false, problems: read.problems };
  }

  const codeHash = hashCode(subject.code, context.dataKey).slice(0, 16);
  return {
    ok: true,
    record: {
      subject,
      department,
      type,
      docNumber: `${list}/${listedOn}/${codeHash}`,
      title: read.optional(c.reason) || list,
      category: list,
      amountFen: null,
      decisionDate: listedOn,
      disclosureEnd: validTo,
      severity: null,
      status: removedOn === null ? 'active' : 'revoked',
      payload: read.payload(),
    },
  };
}
