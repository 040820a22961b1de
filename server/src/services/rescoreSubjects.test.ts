import { createRecord, createSubject } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { rescoreSubject } from './rescoreSubject';
import { rescoreSubjects } from './rescoreSubjects';

describe('rescoring many subjects', () => {
  const db = useTestDatabase();
  const now = new Date('2026-12-03T06:00:00Z');

  async function storedRatings(subjectIds: number[]) {
    const rows = await db().models.Rating.findAll({
      where: { subjectId: subjectIds },
      order: [['subjectId', 'ASC']],
    });
    return rows.map((row) => ({
      subjectId: row.subjectId,
      score: row.score,
      grade: row.grade,
      computedAt: row.computedAt,
      breakdown: row.breakdown,
    }));
  }

  test('stores what rescoring each subject alone stores', async () => {
    const person = await createSubject(db());
    await createRecord(db(), person, { decisionDate: '2026-03-01' });
    await createRecord(db(), person, { decisionDate: '2026-09-01' });
    await createRecord(db(), person, {
      severity: 'serious',
      decisionDate: '2026-03-01',
    });
    const listed = await createSubject(db(), 'organization');
    await createRecord(db(), listed, { type: 'redlist', severity: null });
    await createRecord(db(), listed, { type: 'license', severity: null });
    const revoked = await createRecord(db(), listed);
    await revoked.update({ status: 'revoked' });
    const plain = await createSubject(db());
    const ids = [plain.id, listed.id, person.id];

    await db().sequelize.transaction((transaction) =>
      rescoreSubjects(db(), ids, { transaction, now }),
    );
    const batched = await storedRatings(ids);
    for (const id of ids) await rescoreSubject(db(), id, { now });
    expect(await storedRatings(ids)).toEqual(batched);

    // Latest decision first; records decided the same day by id.
    const [first, second, third] = (
      await db().models.CreditRecord.findAll({
        where: { subjectId: person.id },
        order: [['id', 'ASC']],
      })
    ).map((r) => r.id);
    const personRow = batched.find((r) => r.subjectId === person.id);
    const stored = personRow?.breakdown;
    expect(
      stored !== undefined && 'items' in stored && stored.items[2],
    ).toEqual([second, -60, first, -60, third, -150]);
  });
});
