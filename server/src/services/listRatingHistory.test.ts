import { createRecord, createSubject } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { listRatingHistory } from './listRatingHistory';
import { rescoreSubject } from './rescoreSubject';

describe('a subject’s rating history', () => {
  const db = useTestDatabase();

  test('changes stored at one instant are one point, the last', async () => {
    const subject = await createSubject(db());
    const first = new Date('2026-12-01T02:00:00Z');
    const second = new Date('2026-12-02T02:00:00Z');
    await rescoreSubject(db(), subject.id, { now: first });
    // Two files imported at one moment: each rescores the subject.
    await createRecord(db(), subject, { severity: 'general' });
    await rescoreSubject(db(), subject.id, { now: second });
    await createRecord(db(), subject, { severity: 'serious' });
    await rescoreSubject(db(), subject.id, { now: second });

    const stored = await db().models.RatingHistory.findAll({
      where: { subjectId: subject.id },
      order: [['id', 'ASC']],
    });
    expect(stored).toHaveLength(3);
    const history = await listRatingHistory(db(), subject.id);
    expect(history.map((p) => [p.computedAt, p.score])).toEqual([
      [first.toISOString(), stored[0].score],
      [second.toISOString(), stored[2].score],
    ]);
    expect(stored[2].score).toBeLessThan(stored[1].score);
  });
});
