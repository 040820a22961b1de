import { createRecord, createSubject } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { listRatingHistory } from './listRatingHistory';
import { rescoreSubject } from './rescoreSubject';

describe('rating history', () => {
  const db = useTestDatabase();

  test('gains a point only when score, grade or version changes', async () => {
    const subject = await createSubject(db());
    await rescoreSubject(db(), subject.id);
    await rescoreSubject(db(), subject.id);
    expect(await listRatingHistory(db(), subject.id)).toEqual([
      expect.objectContaining({ score: 650, grade: 'A', modelVersion: 1 }),
    ]);

    const record = await createRecord(db(), subject, { severity: 'serious' });
    await rescoreSubject(db(), subject.id);
    await record.update({ status: 'revoked' });
    await rescoreSubject(db(), subject.id);

    const points = await listRatingHistory(db(), subject.id);
    expect(points.map((p) => [p.score, p.grade])).toEqual([
      [650, 'A'],
      [500, 'C'],
      [650, 'A'],
    ]);
  });

  test('the rating written is the one the history ends with', async () => {
    const subject = await createSubject(db(), 'organization');
    await createRecord(db(), subject, { type: 'license', severity: null });
    const rating = await rescoreSubject(db(), subject.id);
    const stored = await db().models.Rating.findOne({
      where: { subjectId: subject.id },
    });
    const points = await listRatingHistory(db(), subject.id);
    expect(stored?.score).toBe(rating.score);
    expect(points.at(-1)?.score).toBe(670);
  });
});
