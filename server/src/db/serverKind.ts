// Whether the database is MariaDB, asked of the server once per database:
// a few statements use MariaDB's own SQL where it matters for speed.
import type { Database } from './database';

const answers = new WeakMap<Database, Promise<boolean>>();

export function isMariaDb(db: Database): Promise<boolean> {
  let answer = answers.get(db);
  if (answer === undefined) {
    answer =
      db.sequelize.getDialect() === 'mysql'
        ? db.sequelize
            .query('SELECT VERSION() AS version', { plain: true })
            .then((row) => /mariadb/i.test(String(row?.version)))
        : Promise.resolve(false);
    // A failed question is asked again next time, not remembered.
    answer.catch(() => answers.delete(db));
    answers.set(db, answer);
  }
  return answer;
}
