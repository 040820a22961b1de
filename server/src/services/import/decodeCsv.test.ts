import iconv from 'iconv-lite';

import { readCsv } from './decodeCsv';
import type { SourceRow, SourceTable } from './sourceTable';

async function rowsOf(table: SourceTable): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

describe('reading a CSV', () => {
  // Far more than the parser is handed at a time, in characters of two,
  // three and four UTF-8 bytes, so some fall across the slices' edges.
  const names = Array.from(
    { length: 5000 },
    (_, i) => `${'𠀀'.repeat(i % 3)}九江第${i}号｜${'é'.repeat(i % 2)}`,
  );
  const text = ['名称,编号', ...names.map((n, i) => `${n},"N,${i}"`)].join(
    '\r\n',
  );
  const expected = names.map((name, i) => ({ 名称: name, 编号: `N,${i}` }));

  test.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.from(`\ufeff${text}`, 'utf8'), 'utf-8'],
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
  ])(
    'reads every row of a large %s file intact',
    async (_, bytes, encoding) => {
      const table = await readCsv(bytes);
      expect(table.encoding).toBe(encoding);
      expect(table.headers).toEqual(['名称', '编号']);
      expect(await rowsOf(table)).toEqual(expected);
    },
  );

  test('lines of only commas are skipped like blank lines', async () => {
    const table = await readCsv(
      Buffer.from('名称,编号\r\n,,\r\nA,1\r\n\r\n , ,\r\nB,2\r\n,,\r\n,,\r\n'),
    );
    expect(await rowsOf(table)).toEqual([
      { 名称: 'A', 编号: '1' },
      { 名称: 'B', 编号: '2' },
    ]);
  });

  test('a row with one filled cell is kept', async () => {
    const table = await readCsv(Buffer.from('名称,编号\n,7\n'));
    expect(await rowsOf(table)).toEqual([{ 名称: '', 编号: '7' }]);
  });

  test('a malformed line is refused with its line number', async () => {
    const table = await readCsv(Buffer.from(`${text}\r\nbad"quote,x\r\n`));
    await expect(rowsOf(table)).rejects.toMatchObject({
      code: 'invalid_csv',
      details: { line: names.length + 2 },
    });
  });
});
