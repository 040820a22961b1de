// Whether the database is MariaDB, asked of the server once per connection
// pool: a few statements use MariaDB's own SQL (INSERT … RETURNING, a
// compound statement) where it matters for speed.
import { QueryTypes, type Sequelize } from 'sequelize';

const answers = new WeakMap<Sequelize, Promise<boolean>>();

export function isMariaDb(sequelize: Sequelize): Promise<boolean> {
  let answer = answers.get(sequelize);
  if (answer === undefined) {
    answer =
      sequelize.getDialect() === 'mysql'
        ? sequelize
            .query<{ version: string }>('SELECT VERSION() AS version', {
              type: QueryTypes.SELECT,
            })
            .then(([row]) => /mariadb/i.test(row.version))
        : Promise.resolve(false);
    // A failed question is asked again next time, not remembered.
    answer.catch(() => answers.delete(sequelize));
    answers.set(sequelize, answer);
  }
  return answer;
}
