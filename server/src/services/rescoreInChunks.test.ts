import { createSubject } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { rescoreSubjects } from './rescoreSubjects';

describe('rescoring in chunks', () => {
  const db = useTestDatabase();

  test('a rating refused in a later chunk leaves none of the others', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 300; i += 1) ids.push((await createSubject(db())).id);
    const last = ids[ids.length - 1];
    const sequelize = db().sequelize;
    // The database itself refuses the last rating, as a full disk or a
    // lost connection would in the middle of a batch.
    await sequelize.query(
      sequelize.getDialect() === 'mysql'
        ? `CREATE TRIGGER refuse_rating AFTER INSERT ON ratings FOR EACH ROW
           IF NEW.subject_id = ${last} THEN
             SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused';
           END IF`
        : `CREATE TRIGGER refuse_rating AFTER INSERT ON ratings
           WHEN NEW.subject_id = ${last}
           BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    try {
      await expect(
        sequelize.transaction((transaction) =>
          rescoreSubjects(db(), ids, { transaction, now: new Date() }),
        ),
      ).rejects.toThrow();
    } finally {
      await sequelize.query('DROP TRIGGER refuse_rating');
    }

    const { Rating, RatingHistory } = db().models;
    expect(await Rating.count()).toBe(0);
    expect(await RatingHistory.count()).toBe(0);
  });
});
