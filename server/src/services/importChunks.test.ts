import { usccCheckChar } from '@creditplus/shared';

import { createMemoryCache } from '../cache/memoryCache';
import { testDataKey } from '../../test/factories/dataKey';
import { createDepartment } from '../../test/factories/department';
import { useTestDatabase } from '../../test/support/db';
import type { Department } from '../db/models';
import { getRating } from './getRating';
import { CHUNK_ROWS, importRecords } from './importRecords';
import { recordAuditTrail } from './recordAuditTrail';

const now = new Date('2026-12-03T04:00:00Z');
const header =
  '行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,违法行为类型,处罚类别,罚款金额(万元),处罚决定日期,处罚机关';

let subjects = 0;
function company(): { name: string; uscc: string } {
  const first17 = `91360404MB${String((subjects += 1)).padStart(7, '0')}`;
  return {
    name: `九江分块${subjects}号有限公司`,
    uscc: first17 + usccCheckChar(first17),
  };
}

function row(
  who: { name: string; uscc: string },
  doc: string,
  fine: string,
): string {
  return `${who.name},法人及非法人组织,${who.uscc},${doc},虚假宣传,罚款,${fine},2026-06-01,${AUTHORITY}`;
}
const AUTHORITY = '九江市市场监督管理局';
const csv = (rows: string[]) => Buffer.from([header, ...rows].join('\n'));

describe('importing in chunks', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();
  // The rows are the department's own decisions.
  const run = (rows: string[], department: Department) =>
    importRecords(
      { db: db(), cache, dataKey: testDataKey },
      'penalties',
      csv(rows.map((r) => r.replace(AUTHORITY, department.name))),
      now,
      {
        department,
        actor: 't',
      },
    );
  const recordOf = (department: Department, docNumber: string) =>
    db().models.CreditRecord.findOne({
      where: { departmentId: department.id, docNumber },
      rejectOnEmpty: true,
    });
  const historyOf = (subjectId: number) =>
    db().models.RatingHistory.count({ where: { subjectId } });

  test('rows repeating a subject and a document within a chunk settle in order', async () => {
    const department = await createDepartment(db());
    const who = company();
    const report = await run(
      [
        row(who, 'D-1', '1'),
        row(who, 'D-1', '1'),
        row(who, 'D-1', '2'),
        row(who, 'D-2', '1'),
        row(who, 'D-1', '3'),
      ],
      department,
    );

    expect(report.outcomes).toEqual([
      'created',
      'unchanged',
      'updated',
      'created',
      'updated',
    ]);
    const first = await recordOf(department, 'D-1');
    expect(first.amountFen).toBe(3_000_000);
    const versions = await db().models.RecordVersion.findAll({
      where: { recordId: first.id },
      order: [['version', 'ASC']],
    });
    expect(
      versions.map((v) => [v.version, v.before.amountFen, v.after.amountFen]),
    ).toEqual([
      [1, 1_000_000, 2_000_000],
      [2, 2_000_000, 3_000_000],
    ]);
    const trail = await recordAuditTrail(db(), first.id);
    expect(trail.map((a) => [a.action, a.after.amountFen])).toEqual([
      ['create', 1_000_000],
      ['update', 2_000_000],
      ['update', 3_000_000],
    ]);
    expect(first.subjectId).toBe((await recordOf(department, 'D-2')).subjectId);
    const rating = await getRating(
      { db: db(), cache: createMemoryCache() },
      first.subjectId,
    );
    const items = rating.dimensions.flatMap((d) => d.items);
    expect(items).toHaveLength(2);
    expect(await historyOf(first.subjectId)).toBe(1);
  });

  test('a stored record corrected twice in one file numbers its versions on', async () => {
    const department = await createDepartment(db());
    const who = company();
    await run([row(who, 'V-1', '1')], department);
    await run([row(who, 'V-1', '2')], department);
    const report = await run(
      [row(who, 'V-1', '3'), row(who, 'V-1', '4')],
      department,
    );

    expect(report.counts.updated).toBe(2);
    const record = await recordOf(department, 'V-1');
    const versions = await db().models.RecordVersion.findAll({
      where: { recordId: record.id },
      order: [['version', 'ASC']],
    });
    expect(versions.map((v) => [v.version, v.after.amountFen])).toEqual([
      [1, 2_000_000],
      [2, 3_000_000],
      [3, 4_000_000],
    ]);
  });

  test('a file larger than a chunk reports every row and rates each subject once', async () => {
    const department = await createDepartment(db());
    const people = [company(), company(), company()];
    const rows = Array.from({ length: CHUNK_ROWS + 3 }, (_, i) =>
      row(people[i % 3], `L-${i}`, '1'),
    );
    // Across the chunk boundary: a bad row, and a correction of row 1.
    rows[CHUNK_ROWS] = row(people[0], 'L-bad', '-1');
    rows[CHUNK_ROWS + 1] = row(people[0], 'L-0', '2');

    const report = await run(rows, department);

    expect(report.rows).toBe(CHUNK_ROWS + 3);
    expect(report.counts).toEqual({
      created: CHUNK_ROWS + 1,
      updated: 1,
      unchanged: 0,
      rejected: 1,
    });
    expect(report.outcomes[CHUNK_ROWS + 1]).toBe('updated');
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [CHUNK_ROWS + 1, 'negative_amount'],
    ]);
    expect((await recordOf(department, 'L-0')).amountFen).toBe(2_000_000);
    const stored = await db().models.CreditRecord.findAll({
      attributes: ['subjectId'],
      where: { departmentId: department.id },
      group: ['subjectId'],
      raw: true,
    });
    expect(stored).toHaveLength(3);
    for (const { subjectId } of stored) {
      expect(await historyOf(subjectId)).toBe(1);
    }
  });

  test('a failure in a later chunk leaves nothing of the earlier ones', async () => {
    const department = await createDepartment(db());
    const who = company();
    const rows = Array.from({ length: CHUNK_ROWS + 1 }, (_, i) =>
      row(who, `B-${i}`, '1'),
    );
    const sequelize = db().sequelize;
    const mysql = sequelize.getDialect() === 'mysql';
    const before = await counts();
    // The database itself refuses the last row, as a full disk or a lost
    // connection would in the middle of a file.
    await sequelize.query(
      mysql
        ? `CREATE TRIGGER refuse_b AFTER INSERT ON credit_records FOR EACH ROW
           IF NEW.doc_number = 'B-${CHUNK_ROWS}' THEN
             SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused';
           END IF`
        : `CREATE TRIGGER refuse_b AFTER INSERT ON credit_records
           WHEN NEW.doc_number = 'B-${CHUNK_ROWS}'
           BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    try {
      await expect(run(rows, department)).rejects.toThrow();
    } finally {
      await sequelize.query('DROP TRIGGER refuse_b');
    }
    expect(await counts()).toEqual(before);

    async function counts(): Promise<number[]> {
      const { models } = db();
      return Promise.all([
        models.CreditRecord.count(),
        models.Subject.count(),
        models.RecordAudit.count(),
        models.ImportBatch.count(),
        models.Rating.count(),
      ]);
    }
  });

  test('a malformed line after the first chunk refuses the file, writing nothing', async () => {
    const department = await createDepartment(db());
    const who = company();
    const rows = Array.from({ length: CHUNK_ROWS + 3 }, (_, i) =>
      row(who, `Q-${i}`, '1'),
    );
    // A quote opening inside a cell: the line cannot be read as CSV.
    rows[CHUNK_ROWS + 1] = row(who, 'Q-"bad', '1');
    const { CreditRecord, Subject } = db().models;
    const before = [await CreditRecord.count(), await Subject.count()];

    await expect(run(rows, department)).rejects.toMatchObject({
      code: 'invalid_csv',
      details: { line: CHUNK_ROWS + 3 },
    });
    expect([await CreditRecord.count(), await Subject.count()]).toEqual(before);
  });
});
