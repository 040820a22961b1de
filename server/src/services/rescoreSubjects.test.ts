import type { StoredBreakdown } from '../domain/ratingBreakdown';
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

  /** The scoring records and points of a stored breakdown, by dimension. */
  function itemsOf(row: { breakdown: StoredBreakdown } | undefined) {
    const breakdown = row?.breakdown;
    return Array.isArray(breakdown) ? breakdown[3] : undefined;
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
    expect(itemsOf(personRow)?.[2]).toEqual([
      second,
      -60,
      first,
      -60,
      third,
      -150,
    ]);
  });

  test('leaves out the records that no longer count, as rescoring alone does', async () => {
    const subject = await createSubject(db());
    // Shown to the last day of its disclosure period, which is today.
    const lastDay = await createRecord(db(), subject, {
      decisionDate: '2026-06-01',
      disclosureEnd: '2026-12-03',
    });
    await createRecord(db(), subject, {
      decisionDate: '2025-06-01',
      disclosureEnd: '2026-12-02',
    });
    await createRecord(db(), subject, { severity: 'minor' });
    await createRecord(db(), subject, { decisionDate: '2026-12-04' });
    const ended = await createRecord(db(), subject);
    await ended.update({ status: 'expired' });

    await db().sequelize.transaction((transaction) =>
      rescoreSubjects(db(), [subject.id], { transaction, now }),
    );
    const [batched] = await storedRatings([subject.id]);
    expect(itemsOf(batched)).toEqual([[], [], [lastDay.id, -60]]);
    await rescoreSubject(db(), subject.id, { now });
    expect(await storedRatings([subject.id])).toEqual([batched]);
  });

  test('a run of consecutive subjects is read by range, with the same result', async () => {
    const run: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const subject = await createSubject(
        db(),
        i === 1 ? 'organization' : 'person',
      );
      await createRecord(db(), subject, {
        severity: i === 2 ? 'serious' : 'general',
      });
      run.push(subject.id);
    }
    expect(run).toEqual([run[0], run[0] + 1, run[0] + 2]);
    // Its neighbour's records lie in no range of the run's.
    const after = await createSubject(db());
    await createRecord(db(), after, { type: 'blacklist', severity: null });

    await db().sequelize.transaction((transaction) =>
      rescoreSubjects(db(), run, { transaction, now }),
    );
    const batched = await storedRatings(run);
    expect(batched).toHaveLength(3);
    expect(await storedRatings([after.id])).toEqual([]);
    for (const id of run) await rescoreSubject(db(), id, { now });
    expect(await storedRatings(run)).toEqual(batched);
  });
});
