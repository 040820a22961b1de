import { readPushRows } from './readPushRows';

describe('readPushRows', () => {
  test('reads numbers to 15 significant digits, as a workbook’s', () => {
    const table = readPushRows([
      { 行政处罚决定书文号: 'P-1', '罚款金额（万元）': 0.1 + 0.2 },
      { 行政处罚决定书文号: 'P-2', '罚款金额（万元）': 1.1 * 3 },
      { 行政处罚决定书文号: 'P-3', '罚款金额（万元）': 1200 },
      { 行政处罚决定书文号: ' P-4 ', '罚款金额（万元）': null },
    ]);
    expect(table.headers).toEqual(['行政处罚决定书文号', '罚款金额(万元)']);
    expect(table.rows).toEqual([
      { 行政处罚决定书文号: 'P-1', '罚款金额(万元)': '0.3' },
      { 行政处罚决定书文号: 'P-2', '罚款金额(万元)': '3.3' },
      { 行政处罚决定书文号: 'P-3', '罚款金额(万元)': '1200' },
      { 行政处罚决定书文号: 'P-4', '罚款金额(万元)': '' },
    ]);
  });
});
