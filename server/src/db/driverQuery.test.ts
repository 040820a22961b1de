import { UniqueConstraintError } from 'sequelize';

import {
  createOffer,
  createRecord,
  createSubject,
  createUser,
} from '../../test/factories';
import { onServerDatabase, useTestDatabase } from '../../test/support/db';
import { driverQuery, driverRows } from './driverQuery';

// The driver is only ever used on MySQL and MariaDB.
const describeOnServer = onServerDatabase ? describe : describe.skip;

describeOnServer('driverQuery', () => {
  const db = useTestDatabase();

  async function claimRow() {
    const offer = await createOffer(db());
    const subject = await createSubject(db());
    const user = await createUser(db(), { subjectId: subject.id });
    return [offer.id, subject.id, user.id];
  }

  const insertClaim =
    'INSERT INTO claims (offer_id, subject_id, user_id, slot,' +
    ' idempotency_key, eligibility, created_at) VALUES (?, ?, ?, 1, ?, ?, ?)';

  test('an instant is written and read to the millisecond', async () => {
    const instant = new Date('2026-12-03T23:59:58.123Z');
    await driverQuery(db().sequelize, insertClaim, [
      ...(await claimRow()),
      'instant-key',
      '{"eligible":true}',
      instant,
    ]);

    const [row] = await driverQuery<{ createdAt: Date }[]>(
      db().sequelize,
      'SELECT created_at AS createdAt FROM claims WHERE idempotency_key = ?',
      ['instant-key'],
    );
    expect(row.createdAt).toEqual(instant);
    const claim = await db().models.Claim.findOne({
      where: { idempotencyKey: 'instant-key' },
    });
    expect(claim?.createdAt).toEqual(instant);
  });

  test('a duplicate key is raised as a UniqueConstraintError', async () => {
    const values = [...(await claimRow()), 'twice', '{}', new Date()];
    await driverQuery(db().sequelize, insertClaim, values);

    const error = await driverQuery(db().sequelize, insertClaim, values).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UniqueConstraintError);
  });

  test('failed statements give their connections back to the pool', async () => {
    // Twice as many failures as the pool (5) holds connections.
    for (let i = 0; i < 10; i++) {
      await expect(
        driverQuery(db().sequelize, 'SELECT * FROM no_such_table', []),
      ).rejects.toThrow();
    }
    const [row] = await driverQuery<{ one: number }[]>(
      db().sequelize,
      'SELECT 1 AS one',
      [],
    );
    expect(row.one).toBe(1);
  });

  describe('driverRows', () => {
    const recordOf = (id: number) =>
      'SELECT id, decision_date AS decisionDate, disclosure_end AS' +
      ' disclosureEnd, amount_fen AS amountFen FROM credit_records' +
      ` WHERE id = ${id}`;

    test('reads numbers as numbers and dates as the text they are', async () => {
      const subject = await createSubject(db());
      const record = await createRecord(db(), subject, {
        decisionDate: '2026-03-07',
        disclosureEnd: null,
      });

      const rows = await driverRows(db().sequelize, recordOf(record.id));
      expect(rows).toEqual([
        {
          id: record.id,
          decisionDate: '2026-03-07',
          disclosureEnd: null,
          amountFen: 100_000,
        },
      ]);
    });

    test("reads on the transaction's connection, seeing its writes", async () => {
      const subject = await createSubject(db());
      const department = await db().models.Department.create({
        name: '测试部门',
        uscc: null,
      });
      await db().sequelize.transaction(async (transaction) => {
        const record = await db().models.CreditRecord.create(
          {
            subjectId: subject.id,
            departmentId: department.id,
            type: 'license',
            docNumber: 'driver-rows-1',
            title: '测试许可',
            category: '普通',
            amountFen: null,
            decisionDate: '2026-03-07',
            disclosureEnd: null,
            severity: null,
            status: 'active',
            payload: {},
          },
          { transaction },
        );
        const inside = await driverRows(
          db().sequelize,
          recordOf(record.id),
          transaction,
        );
        expect(inside).toHaveLength(1);
        const outside = await driverRows(db().sequelize, recordOf(record.id));
        expect(outside).toEqual([]);
      });
    });
  });
});
