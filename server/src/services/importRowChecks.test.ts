// Rows a department's typo would otherwise store as already over, never
// counted and never reported: each is refused with its column named.
import { createMemoryCache } from '../cache/memoryCache';
import { testDataKey } from '../../test/factories/dataKey';
import { createDepartment } from '../../test/factories/department';
import { useTestDatabase } from '../../test/support/db';
import type { Department } from '../db/models';
import { importRecords, ImportSource } from './importRecords';

const now = new Date('2026-12-03T04:00:00Z');
const company = '九江浔泉商贸有限公司,法人及非法人组织,913604822EH5JU5RX6';

const penaltyHeader = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '证件号码',
  '行政处罚决定书文号',
  '处罚类别',
  '罚款金额(万元)',
  '处罚决定日期',
  '公示截止期',
  '处罚机关',
].join(',');
const penalty = (
  authority: Department,
  doc: string,
  { fine = '1', decided = '2026-11-01', end = '' } = {},
) => `${company},,${doc},罚款,${fine},${decided},${end},${authority.name}`;

const licenseHeader = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政许可决定文书号',
  '许可决定日期',
  '有效期至',
  '许可机关',
].join(',');
const license = (authority: Department, doc: string, validTo: string) =>
  `${company},${doc},2026-11-01,${validTo},${authority.name}`;

const listHeader = [
  '名单类型',
  '主体名称',
  '主体类别',
  '统一社会信用代码',
  '证件号码',
  '认定部门',
  '列入日期',
  '有效期至',
  '移出日期',
].join(',');
const blacklisting = (
  authority: Department,
  { listed = '2026-11-01', validTo = '', removed = '' } = {},
) =>
  [
    '严重失信主体名单',
    company,
    '',
    authority.name,
    listed,
    validTo,
    removed,
  ].join(',');

const csv = (header: string, ...rows: string[]) =>
  Buffer.from([header, ...rows].join('\r\n'));

describe('import row checks', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();
  const run = (source: ImportSource, content: Buffer, department: Department) =>
    importRecords(
      { db: db(), cache, dataKey: testDataKey },
      source,
      content,
      now,
      {
        department,
        actor: 't',
      },
    );
  const stored = (department: Department) =>
    db().models.CreditRecord.findAll({
      where: { departmentId: department.id },
      order: [['docNumber', 'ASC']],
    });
  const problem = (row: number, column: string, code: string) =>
    expect.objectContaining({ row, column, code });

  test('a disclosure end not after the decision refuses it', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'penalties',
      csv(
        penaltyHeader,
        penalty(department, 'E-1', { end: '2026-10-31' }),
        penalty(department, 'E-2', { end: '2026-11-01' }),
        penalty(department, 'E-3', { end: '2026-10-01' }),
        penalty(department, 'E-4', { end: '2027-11-01' }),
      ),
      department,
    );

    expect(report.outcomes).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'created',
    ]);
    const code = 'disclosure_end_not_after_decision';
    expect(report.problems).toEqual([
      problem(1, '公示截止期', code),
      problem(2, '公示截止期', code),
      problem(3, '公示截止期', code),
    ]);
    expect(report.problems[0].message).toBe('公示截止期应晚于处罚决定日期');
    const [record] = await stored(department);
    expect(record).toMatchObject({
      docNumber: 'E-4',
      severity: 'general',
      disclosureEnd: '2027-11-01',
      status: 'active',
    });
  });

  test('a license ending before its decision is refused', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'licenses',
      csv(
        licenseHeader,
        license(department, 'L-1', '2026-10-31'),
        license(department, 'L-2', '2026-11-01'),
      ),
      department,
    );

    expect(report.outcomes).toEqual(['rejected', 'created']);
    expect(report.problems).toEqual([
      problem(1, '有效期至', 'valid_to_before_decision'),
    ]);
  });

  test('a formula error is refused once, whatever the column', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'penalties',
      csv(
        penaltyHeader,
        penalty(department, 'F-1', { fine: '#DIV/0!' }),
        penalty(department, 'F-2', { decided: '#N/A' }),
        penalty(department, 'F-3', { fine: '#DIV/0' }),
      ),
      department,
    );

    expect(report.outcomes).toEqual(['rejected', 'rejected', 'rejected']);
    expect(report.problems).toEqual([
      problem(1, '罚款金额(万元)', 'formula_error'),
      problem(2, '处罚决定日期', 'formula_error'),
      problem(3, '罚款金额(万元)', 'invalid_amount'),
    ]);
  });

  test('a 当前状态 naming no state ends the license', async () => {
    // "constructor" is a name every plain object answers to.
    const department = await createDepartment(db());
    const header = `${licenseHeader},当前状态`;
    const report = await run(
      'licenses',
      csv(
        header,
        `${license(department, 'S-1', '2027-11-01')},constructor`,
        `${license(department, 'S-2', '2027-11-01')},有效`,
      ),
      department,
    );

    expect(report.problems).toEqual([]);
    const records = await stored(department);
    expect(records.map((r) => [r.docNumber, r.status])).toEqual([
      ['S-1', 'revoked'],
      ['S-2', 'active'],
    ]);
  });

  test('a listing ending or removed before it began is refused', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'lists',
      csv(
        listHeader,
        blacklisting(department, { validTo: '2026-10-31' }),
        blacklisting(department, {
          listed: '2026-11-02',
          removed: '2026-11-01',
        }),
        blacklisting(department, {
          listed: '2026-11-03',
          validTo: '2029-11-02',
        }),
      ),
      department,
    );

    expect(report.outcomes).toEqual(['rejected', 'rejected', 'created']);
    expect(report.problems).toEqual([
      problem(1, '有效期至', 'valid_to_before_listing'),
      problem(2, '移出日期', 'removed_before_listing'),
    ]);
  });

  test('a removal dated after today is refused, not lifting the listing', async () => {
    // `now` is 2026-12-03 in Beijing; 有效期至 may lie ahead, 移出日期 not.
    const department = await createDepartment(db());
    const report = await run(
      'lists',
      csv(
        listHeader,
        blacklisting(department, {
          validTo: '2027-11-01',
          removed: '2027-06-01',
        }),
        blacklisting(department, {
          listed: '2026-11-02',
          validTo: '2027-11-01',
          removed: '2026-12-03',
        }),
      ),
      department,
    );

    expect(report.outcomes).toEqual(['rejected', 'created']);
    expect(report.problems).toEqual([problem(1, '移出日期', 'future_date')]);
    const [record] = await stored(department);
    expect(record.status).toBe('revoked');
  });

  test('a date before 1949-10-01 is refused in any date column', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'penalties',
      csv(
        penaltyHeader,
        penalty(department, 'D-1', { decided: '61' }),
        penalty(department, 'D-2', { decided: '0001-01-01' }),
        penalty(department, 'D-3', { end: '1900/1/1' }),
        penalty(department, 'D-4', { decided: '46082' }),
      ),
      department,
    );

    expect(report.outcomes).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'created',
    ]);
    expect(report.problems).toEqual([
      problem(1, '处罚决定日期', 'date_too_early'),
      problem(2, '处罚决定日期', 'date_too_early'),
      problem(3, '公示截止期', 'date_too_early'),
    ]);
    const [record] = await stored(department);
    expect(record.decisionDate).toBe('2026-03-01');
  });

  test('a fine of -0 is stored as a fine of 0', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'penalties',
      csv(
        penaltyHeader,
        penalty(department, 'Z-1', { fine: '-0' }),
        penalty(department, 'Z-2', { fine: '0' }),
      ),
      department,
    );

    expect(report).toMatchObject({ problems: [] });
    const records = await stored(department);
    expect(records.map((r) => [r.docNumber, r.amountFen, r.severity])).toEqual([
      ['Z-1', 0, 'general'],
      ['Z-2', 0, 'general'],
    ]);
  });

  test('lines of only commas are no rows and take no row number', async () => {
    const department = await createDepartment(db());
    const report = await run(
      'penalties',
      csv(
        penaltyHeader,
        penalty(department, 'C-1'),
        ',,,,,,,,,',
        ' , ,,,',
        penalty(department, 'C-2', { fine: 'abc' }),
        ',,,,,,,,,',
        ',,,,,,,,,',
      ),
      department,
    );

    expect(report).toMatchObject({
      rows: 2,
      counts: { created: 1, rejected: 1 },
      problems: [problem(2, '罚款金额(万元)', 'invalid_amount')],
    });
  });
});
