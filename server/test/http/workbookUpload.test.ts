import ExcelJS from 'exceljs';

import type { Department } from '../../src/db/models';
import { createDepartment, createStaff } from '../factories/department';
import { useTestApp } from '../support/app';
import { zipBomb } from '../support/zipBomb';

const header = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政处罚决定书文号',
  '处罚类别',
  '罚款金额(万元)',
  '处罚决定日期',
  '处罚机关',
];

describe('POST /api/department/uploads of an XLSX workbook', () => {
  const testApp = useTestApp();
  let department: Department;
  let auth: string;

  beforeAll(async () => {
    const { db } = testApp().deps;
    department = await createDepartment(db);
    auth = testApp().authFor(await createStaff(db, department));
  });

  const upload = (content: Buffer) =>
    testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', auth)
      .field('source', 'penalties')
      .attach('file', content, 'penalties.xlsx');
  const storedCount = () => testApp().deps.db.models.CreditRecord.count();

  it('refuses a workbook unpacking to 300 MB, storing nothing', async () => {
    const before = await storedCount();
    const bomb = await zipBomb(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);

    const response = await upload(bomb);

    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({
      code: 'workbook_too_large',
      message: expect.stringContaining('256 MB'),
    });
    expect(await storedCount()).toBe(before);
  });

  it('refuses a workbook understating its size as unreadable', async () => {
    // Sized as a kilobyte, it holds 300 MB: the server stops inflating it
    // past the kilobyte.
    const before = await storedCount();

    const response = await upload(await zipBomb(300 * 1024 * 1024, 1024));

    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_file_type');
    expect(await storedCount()).toBe(before);
  });

  it('imports the table under a title on a sheet after 说明', async () => {
    // As government exports come: notes first, then a titled table whose
    // fine is a formula Excel shows as 0.3 and stores as
    // 0.30000000000000004.
    const book = new ExcelJS.Workbook();
    book.addWorksheet('说明').addRow(['罚款金额以万元为单位']);
    const sheet = book.addWorksheet('行政处罚');
    sheet.addRow(['行政处罚信息表']);
    sheet.mergeCells(1, 1, 1, header.length);
    sheet.addRow(header);
    sheet.addRow([
      '九江浔泉商贸有限公司',
      '法人及非法人组织',
      '913604822EH5JU5RX6',
      'WB-1',
      '罚款',
      { formula: '0.1+0.2', result: 0.1 + 0.2 },
      new Date(Date.UTC(2026, 2, 1)),
      department.name,
    ]);
    const content = Buffer.from(await book.xlsx.writeBuffer());

    const response = await upload(content);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      rows: 1,
      counts: { created: 1, rejected: 0 },
      problems: [],
    });
    const stored = await testApp().deps.db.models.CreditRecord.findOne({
      where: { departmentId: department.id, docNumber: 'WB-1' },
      rejectOnEmpty: true,
    });
    expect([stored.decisionDate, stored.amountFen]).toEqual([
      '2026-03-01',
      300_000,
    ]);
  });
});
