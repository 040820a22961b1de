import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

import type { Department } from '../../src/db/models';
import { createStaff } from '../factories/department';
import { useTestApp } from '../support/app';
import { zipArchive } from '../support/zipArchive';

const seedDir = path.join(__dirname, '..', '..', 'seed');
const seedFile = (name: string) => fs.readFileSync(path.join(seedDir, name));

describe('POST /api/department/uploads', () => {
  const testApp = useTestApp();
  let department: Department;
  let auth: string;

  beforeAll(async () => {
    const { db } = testApp().deps;
    // The market regulator of the seed files, by name and code.
    department = await db.models.Department.create({
      name: '九江市市场监督管理局',
      uscc: '11360400W41W598950',
    });
    auth = testApp().authFor(await createStaff(db, department));
  });

  const upload = (content: Buffer, filename: string, source = 'penalties') =>
    testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', auth)
      .field('source', source)
      .attach('file', content, filename);
  const storedCount = () => testApp().deps.db.models.CreditRecord.count();

  it('imports a CSV as the staff member’s department, row by row', async () => {
    const response = await upload(seedFile('penalties.csv'), 'p.csv');

    expect(response.status).toBe(200);
    // The market regulator's four decisions; the others' are theirs to
    // send, and four rows are wrong whoever sends them.
    expect(response.body).toMatchObject({
      source: 'penalties',
      rows: 26,
      counts: { created: 4, updated: 0, unchanged: 0, rejected: 22 },
    });
    const problems = response.body.problems as { row: number; code: string }[];
    expect(problems).toContainEqual({
      row: 21,
      column: '行政相对人代码_1(统一社会信用代码)',
      code: 'invalid_uscc',
      message: '统一社会信用代码校验不通过',
    });
    expect(problems).toContainEqual({
      row: 1,
      column: '处罚机关',
      code: 'other_authority',
      message: '作出决定的不是本部门，应由作出决定的部门报送',
    });
    expect(problems.filter((p) => p.code === 'other_authority')).toHaveLength(
      18,
    );
    const stored = await testApp().deps.db.models.CreditRecord.findAll();
    expect(stored.map((r) => r.departmentId)).toEqual(
      Array(4).fill(department.id),
    );
  });

  it('takes only its own licenses and list entries', async () => {
    const licenses = await upload(
      seedFile('licenses.csv'),
      'l.csv',
      'licenses',
    );
    const lists = await upload(seedFile('lists.csv'), 'x.csv', 'lists');
    expect([licenses.status, lists.status]).toEqual([200, 200]);
    for (const { body } of [licenses, lists]) {
      const refused = body.problems.map((p: { code: string }) => p.code);
      expect(new Set(refused)).toEqual(new Set(['other_authority']));
      expect(body.counts.created + refused.length).toBe(body.rows);
    }
    expect(licenses.body.counts.created).toBe(4);
  });

  it('refuses a 50 MB upload with 413 and stores nothing', async () => {
    const before = await storedCount();
    const big = Buffer.concat([
      seedFile('penalties.csv'),
      Buffer.alloc(50 * 1024 * 1024, 0x20),
    ]);
    const response = await upload(big, 'big.csv');
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('upload_too_large');
    expect(await storedCount()).toBe(before);
  });

  it.each([
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['an old .xls workbook', Buffer.from('d0cf11e0a1b11ae1', 'hex')],
    ['a broken zip', Buffer.from('504b0304140000000800', 'hex')],
    [
      'a zip of a PDF, no workbook',
      zipArchive({ 'penalties.pdf': Buffer.from('%PDF-1.7\n') }),
    ],
    [
      'a zip of the CSV itself',
      zipArchive({ 'penalties.csv': seedFile('penalties.csv') }),
    ],
  ])('refuses %s with 415', async (_name, content) => {
    const before = await storedCount();
    const response = await upload(content, 'penalties.csv');
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_file_type');
    expect(await storedCount()).toBe(before);
  });

  it('lists the unknown columns of a CSV', async () => {
    const before = await storedCount();
    const text = seedFile('penalties.csv')
      .toString('utf8')
      .replace('备注', '内部编号');
    const response = await upload(Buffer.from(text), 'p.csv');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'unknown_columns',
      details: { columns: ['内部编号'] },
    });
    expect(await storedCount()).toBe(before);
  });

  it.each([
    ['Big5', iconv.encode('行政相對人名稱,處罰機關\n甲,乙\n', 'big5')],
    [
      'UTF-16',
      iconv.encode('\ufeff行政相对人名称,处罚机关\n甲,乙\n', 'utf16le'),
    ],
  ])('refuses a %s header as unreadable', async (_name, content) => {
    const before = await storedCount();
    const response = await upload(content, 'p.csv');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('unreadable_header');
    expect(response.body.error.message).toContain('UTF-8 或 GBK');
    expect(await storedCount()).toBe(before);
  });

  it('asks for the file and a known source', async () => {
    const noFile = await testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', auth)
      .field('source', 'penalties');
    expect(noFile.body.error.code).toBe('missing_file');
    const badSource = await upload(seedFile('lists.csv'), 'x.csv', 'fines');
    expect(badSource.status).toBe(400);
    expect(badSource.body.error.code).toBe('validation_failed');
  });

  it('says what is wrong with a form that is not one file in `file`', async () => {
    const before = await storedCount();
    const twoFiles = await testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', auth)
      .field('source', 'lists')
      .attach('file', seedFile('lists.csv'), 'a.csv')
      .attach('file', seedFile('lists.csv'), 'b.csv');
    const wrongField = await testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', auth)
      .field('source', 'lists')
      .attach('upload', seedFile('lists.csv'), 'a.csv');
    const cutShort = await testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', auth)
      .set('Content-Type', 'multipart/form-data; boundary=edge')
      .send(
        '--edge\r\nContent-Disposition: form-data; name="source"\r\n\r\nli',
      );
    const oneFileInFile = '只能上传一个文件，且须放在表单字段 file 中';
    expect([twoFiles, wrongField, cutShort].map((r) => r.status)).toEqual([
      400, 400, 400,
    ]);
    expect(twoFiles.body.error).toMatchObject({
      code: 'validation_failed',
      details: { reason: 'LIMIT_FILE_COUNT', message: oneFileInFile },
    });
    expect(wrongField.body.error).toMatchObject({
      code: 'validation_failed',
      details: { reason: 'LIMIT_UNEXPECTED_FILE', message: oneFileInFile },
    });
    expect(cutShort.body.error).toMatchObject({
      code: 'validation_failed',
      details: { reason: 'malformed_multipart' },
    });
    expect(await storedCount()).toBe(before);
  });

  it('is for department staff only', async () => {
    const citizen = await testApp().createUser();
    const response = await testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', citizen.auth)
      .field('source', 'lists')
      .attach('file', seedFile('lists.csv'), 'x.csv');
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('not_department_staff');
  });
});
