import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

import { createMemoryCache } from '../cache/memoryCache';
import { testDataKey } from '../../test/factories/dataKey';
import { createDepartment } from '../../test/factories/department';
import { useTestDatabase } from '../../test/support/db';
import type { Department } from '../db/models';
import { readPushRows } from './import/readPushRows';
import { recordAuditTrail } from './recordAuditTrail';
import { importRecords, importTable, ImportSource } from './importRecords';

const seedDir = path.join(__dirname, '..', '..', 'seed');
const seedFile = (name: string) => fs.readFileSync(path.join(seedDir, name));
const now = new Date('2026-12-03T04:00:00Z');

const header =
  '行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),证件号码,行政处罚决定书文号,违法行为类型,处罚类别,罚款金额(万元),处罚决定日期,公示截止期,处罚机关';
// A decision of `authority`, the department that uploads it.
const penaltyRow = (
  authority: Department,
  doc: string,
  fine: string,
  date = '2026-06-01',
) =>
  `九江浔泉商贸有限公司,法人及非法人组织,913604822EH5JU5RX6,,${doc},虚假宣传,罚款,${fine},${date},,${authority.name}`;
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\n'));

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('处罚');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the one import path', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();
  const deps = () => ({ db: db(), cache, dataKey: testDataKey });
  const run = (
    source: ImportSource,
    content: Buffer,
    department: Department,
    at = now,
  ) => importRecords(deps(), source, content, at, { department, actor: 't' });
  const records = (department: Department) =>
    db().models.CreditRecord.findAll({
      where: { departmentId: department.id },
      order: [['docNumber', 'ASC']],
    });

  test('the GBK file gives the same records as its rows in UTF-8', async () => {
    // As the seed imports: the rows come from several authorities, each
    // filed under the one it names. The same rows in UTF-8 then find every
    // record already there, value for value.
    const bytes = seedFile('penalties-gbk.csv');
    const asUtf8 = Buffer.from(iconv.decode(bytes, 'gb18030'), 'utf8');
    const origin = { actor: 'seed' };
    const fromGbk = await importRecords(
      deps(),
      'penalties',
      bytes,
      now,
      origin,
    );
    const fromUtf8 = await importRecords(
      deps(),
      'penalties',
      asUtf8,
      now,
      origin,
    );
    expect([fromGbk.encoding, fromUtf8.encoding]).toEqual(['gb18030', 'utf-8']);
    expect(fromGbk.counts).toEqual({
      created: 5,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(fromUtf8.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 5,
      rejected: 0,
    });
  });

  test('an XLSX Date cell just after midnight keeps its Beijing day', async () => {
    const department = await createDepartment(db());
    const headers = header.split(',');
    const row = (doc: string, date: unknown) =>
      headers.map(
        (h) =>
          ({
            行政相对人名称: '九江浔泉商贸有限公司',
            行政相对人类别: '法人及非法人组织',
            '行政相对人代码_1(统一社会信用代码)': '913604822EH5JU5RX6',
            行政处罚决定书文号: doc,
            处罚类别: '罚款',
            '罚款金额(万元)': 1.5,
            处罚决定日期: date,
            处罚机关: department.name,
          })[h] ?? null,
      );
    // Excel keeps the wall clock it shows; exceljs writes a Date's UTC
    // fields as that wall clock.
    const content = await workbook([
      headers,
      row('X-1', new Date(Date.UTC(2026, 2, 1, 0, 5))),
      row('X-2', new Date(Date.UTC(2026, 2, 1, 23, 30))),
      row('X-3', 46082),
    ]);
    const report = await run('penalties', content, department);
    expect(report).toMatchObject({ format: 'xlsx', problems: [] });
    const stored = await records(department);
    expect(
      stored.map((r) => [r.docNumber, r.decisionDate, r.amountFen]),
    ).toEqual([
      ['X-1', '2026-03-01', 1_500_000],
      ['X-2', '2026-03-01', 1_500_000],
      ['X-3', '2026-03-01', 1_500_000],
    ]);
  });

  test('a pushed instant lands on its Beijing day', async () => {
    const department = await createDepartment(db());
    const row = (doc: string, date: string) => ({
      行政相对人名称: '九江浔泉商贸有限公司',
      行政相对人类别: '法人及非法人组织',
      '行政相对人代码_1（统一社会信用代码）': '913604822eh5ju5rx6',
      行政处罚决定书文号: doc,
      处罚类别: '罚款',
      '罚款金额（万元）': '1,200',
      处罚决定日期: date,
      处罚机关: department.name,
    });
    const table = readPushRows([
      row('P-1', '2026-02-28T16:05:00Z'),
      row('P-2', '2026-03-01T00:05:00+08:00'),
    ]);
    const report = await importTable(deps(), 'penalties', table, now, {
      department,
      actor: 'key:test',
    });
    expect(report.counts.created).toBe(2);
    const stored = await records(department);
    expect(stored.map((r) => [r.decisionDate, r.amountFen])).toEqual([
      ['2026-03-01', 1_200_000_000],
      ['2026-03-01', 1_200_000_000],
    ]);
  });

  test('a corrected row updates its record and keeps the version', async () => {
    const department = await createDepartment(db());
    await run('penalties', csv(penaltyRow(department, 'C-1', '1')), department);
    const report = await run(
      'penalties',
      csv(penaltyRow(department, 'C-1', '2')),
      department,
    );
    expect(report.counts.updated).toBe(1);

    const [record] = await records(department);
    expect(record.amountFen).toBe(2_000_000);
    const versions = await db().models.RecordVersion.findAll({
      where: { recordId: record.id },
    });
    expect(
      versions.map((v) => [v.version, v.before.amountFen, v.after.amountFen]),
    ).toEqual([[1, 1_000_000, 2_000_000]]);
    const trail = await recordAuditTrail(db(), record.id);
    expect(trail.map((a) => [a.action, a.actor])).toEqual([
      ['create', 't'],
      ['update', 't'],
    ]);
  });

  test('a revoked or expired record stays so when its row comes again', async () => {
    const department = await createDepartment(db());
    const file = csv(
      penaltyRow(department, 'R-1', '1'),
      penaltyRow(department, 'R-2', '1', '2024-01-05'),
    );
    await run('penalties', file, department);
    const [revoked, old] = await records(department);
    expect(old.status).toBe('expired');
    await revoked.update({ status: 'revoked' });

    const again = await run('penalties', file, department);
    expect(again.counts).toMatchObject({ unchanged: 2, updated: 0 });
  });

  test('future dates, ID numbers as USCC and bad amounts are refused', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'penalties',
      csv(
        penaltyRow(department, 'F-1', '1', '2026-12-04'),
        penaltyRow(department, 'F-2', '"1,2"'),
        penaltyRow(department, 'F-3', '1').replace(
          '913604822EH5JU5RX6',
          '360404195809052713',
        ),
      ),
      department,
    );
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [1, 'future_date'],
      [2, 'invalid_amount'],
      [3, 'id_number_as_uscc'],
    ]);
    expect(JSON.stringify(report)).not.toContain('360404195809052713');
    expect(await records(department)).toHaveLength(0);
  });

  test.each([
    ['unknown_columns', `${header},罚没金额\n`, { columns: ['罚没金额'] }],
    ['missing_columns', '行政相对人名称,处罚机关\n', undefined],
    ['unreadable_header', '\ufeffname,amount\n', undefined],
  ])('a header giving %s refuses the file', async (code, text, details) => {
    const department = await createDepartment(db());
    const refused = run('penalties', Buffer.from(text), department);
    await expect(refused).rejects.toMatchObject({ code });
    if (details) await expect(refused).rejects.toMatchObject({ details });
    expect(await records(department)).toHaveLength(0);
  });
});
