import ExcelJS from 'exceljs';

import { checkColumns } from './checkColumns';
import { readXlsx } from './readXlsx';
import type { SourceTable } from './sourceTable';

interface Sheet {
  name: string;
  rows: ExcelJS.CellValue[][];
  /** A range to merge, as a title spans the columns under it. */
  merge?: string;
}

async function workbook(...sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const { name, rows, merge } of sheets) {
    const sheet = book.addWorksheet(name);
    for (const [i, cells] of rows.entries()) sheet.getRow(i + 1).values = cells;
    if (merge !== undefined) sheet.mergeCells(merge);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const rowsOf = (table: SourceTable) =>
  Array.from(table.rows as Iterable<Record<string, string>>);

const header = ['行政处罚决定书文号', '罚款金额(万元)', '处罚决定日期'];

describe('readXlsx', () => {
  it('reads a number as Excel shows it, to 15 significant digits', async () => {
    const content = await workbook({
      name: '处罚',
      rows: [
        header,
        ['A-1', { formula: '0.1+0.2', result: 0.1 + 0.2 }, 46082],
        ['A-2', 1200, 46082.5],
        ['A-3', { formula: '1/3', result: 1 / 3 }, '2026-03-01'],
      ],
    });

    const table = await readXlsx(content, 'penalties');

    expect(table.headers).toEqual(header);
    expect(rowsOf(table).map((row) => Object.values(row))).toEqual([
      ['A-1', '0.3', '46082'],
      ['A-2', '1200', '46082.5'],
      ['A-3', '0.333333333333333', '2026-03-01'],
    ]);
  });

  it('finds the table under a title on a sheet after 说明', async () => {
    const content = await workbook(
      {
        name: '说明',
        rows: [['填报说明'], ['金额以万元为单位，保留六位小数以内']],
      },
      {
        name: '行政处罚',
        rows: [
          ['行政处罚信息表'],
          [],
          ['单位：万元', null, '导出日期：2026-03-02'],
          header.map((name) => ` ${name} `),
          ['A-1', 1.5, '2026-03-01'],
          [],
          ['A-2', 2, '2026-03-02'],
        ],
        merge: 'A1:C1',
      },
    );

    const table = await readXlsx(content, 'penalties');

    expect(table.headers).toEqual(header);
    expect(rowsOf(table)).toEqual([
      {
        行政处罚决定书文号: 'A-1',
        '罚款金额(万元)': '1.5',
        处罚决定日期: '2026-03-01',
      },
      {
        行政处罚决定书文号: 'A-2',
        '罚款金额(万元)': '2',
        处罚决定日期: '2026-03-02',
      },
    ]);
  });

  it('reads an error cell as Excel shows it', async () => {
    const content = await workbook({
      name: '处罚',
      rows: [
        header,
        ['A-1', { formula: '1/0', result: { error: '#DIV/0!' } }, 46082],
        ['A-2', { error: '#N/A' }, 46082],
      ],
    });

    const table = await readXlsx(content, 'penalties');

    expect(rowsOf(table).map((row) => row['罚款金额(万元)'])).toEqual([
      '#DIV/0!',
      '#N/A',
    ]);
  });

  it('passes over a 说明 sheet listing the columns one a row', async () => {
    const content = await workbook(
      {
        name: '说明',
        rows: [['字段', '填写要求'], ...header.map((name) => [name, '必填'])],
      },
      { name: '行政处罚', rows: [header, ['A-1', 1.5, '2026-03-01']] },
    );

    const table = await readXlsx(content, 'penalties');

    expect(table.headers).toEqual(header);
    expect(rowsOf(table)).toHaveLength(1);
  });

  it('takes no header that names only another source’s columns', async () => {
    // A penalties table sent as a list file names no column of a list.
    const content = await workbook({
      name: '处罚',
      rows: [['行政处罚信息表'], header, ['A-1', 1.5, '2026-03-01']],
    });

    const table = await readXlsx(content, 'lists');

    expect(table.headers).toEqual(['行政处罚信息表']);
    expect(() => checkColumns('lists', table.headers, [])).toThrow(
      expect.objectContaining({ code: 'unreadable_header' }),
    );
  });

  it('looks for the header in the first ten non-empty rows', async () => {
    const notes = Array.from({ length: 10 }, (_, i) => [`第 ${i + 1} 条说明`]);
    const content = await workbook({
      name: '处罚',
      rows: [...notes, header, ['A-1', 1.5, '2026-03-01']],
    });

    const table = await readXlsx(content, 'penalties');

    // As when no sheet has a header: the first row, refused as unreadable.
    expect(table.headers).toEqual(['第1条说明']);
    expect(() => checkColumns('penalties', table.headers, [])).toThrow(
      expect.objectContaining({ code: 'unreadable_header' }),
    );
  });
});
