// What the import report says about a row it refused.

export type RowProblemCode =
  | 'missing_value'
  | 'invalid_uscc'
  | 'invalid_id_number'
  | 'invalid_date'
  | 'future_date'
  | 'date_too_early'
  | 'disclosure_end_not_after_decision'
  | 'valid_to_before_decision'
  | 'valid_to_before_listing'
  | 'removed_before_listing'
  | 'id_number_as_uscc'
  | 'invalid_amount'
  | 'negative_amount'
  | 'unknown_list_type'
  | 'other_authority'
  | 'unreadable_text'
  | 'formula_error';

export interface RowProblem {
  /** 1 = the first data row. */
  row: number;
  column: string;
  code: RowProblemCode;
  message: string;
}

export const problemMessages: Record<RowProblemCode, string> = {
  missing_value: '必填项为空',
  invalid_uscc: '统一社会信用代码校验不通过',
  invalid_id_number: '身份证号码校验不通过',
  invalid_date: '日期不是有效的日历日期',
  future_date: '日期晚于今天',
  date_too_early: '日期早于1949年10月1日，请检查是否填写有误',
  disclosure_end_not_after_decision: '公示截止期应晚于处罚决定日期',
  valid_to_before_decision: '有效期至不能早于许可决定日期',
  valid_to_before_listing: '有效期至不能早于列入日期',
  removed_before_listing: '移出日期不能早于列入日期',
  id_number_as_uscc: '统一社会信用代码一栏填写的是身份证号码',
  invalid_amount: '金额格式不正确（单位万元，最多六位小数）',
  negative_amount: '金额不能为负数',
  unknown_list_type: '无法识别的名单类型',
  other_authority: '作出决定的不是本部门，应由作出决定的部门报送',
  unreadable_text: '含有无法识别的字符，请检查文件的编码或内容是否完整',
  formula_error: '单元格是公式错误值（如 #N/A、#DIV/0!），请填写实际内容',
};
