// Every column of the national 双公示 formats (and of the red/black list
// exchange format), as headers read after normaliseHeader. A file may leave
// out optional ones; a column outside these is refused, because a renamed
// column would otherwise be silently ignored.
import type { ImportSource } from '@creditplus/shared';

const subjectCodes = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政相对人代码_2(工商注册号)',
  '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)',
  '行政相对人代码_5(事业单位证书号)',
  '行政相对人代码_6(社会组织登记证号)',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
];

const dataSource = ['数据来源单位', '数据来源单位统一社会信用代码', '备注'];

export const nationalColumns: Record<ImportSource, readonly string[]> = {
  penalties: [
    ...subjectCodes,
    '行政处罚决定书文号',
    '违法行为类型',
    '违法事实',
    '处罚依据',
    '处罚类别',
    '处罚内容',
    '罚款金额(万元)',
    '没收违法所得、没收非法财物的金额(万元)',
    '暂扣或吊销证照名称及编号',
    '处罚决定日期',
    '处罚有效期',
    '公示截止期',
    '处罚机关',
    '处罚机关统一社会信用代码',
    ...dataSource,
  ],
  licenses: [
    ...subjectCodes,
    '行政许可决定文书名称',
    '行政许可决定文书号',
    '许可类别',
    '许可证书名称',
    '许可编号',
    '许可内容',
    '许可决定日期',
    '有效期自',
    '有效期至',
    '许可机关',
    '许可机关统一社会信用代码',
    '当前状态',
    ...dataSource,
  ],
  lists: [
    '名单类型',
    '主体名称',
    '主体类别',
    '统一社会信用代码',
    '证件号码',
    '列入原因',
    '认定依据',
    '认定部门',
    '列入日期',
    '有效期至',
    '移出日期',
  ],
};
