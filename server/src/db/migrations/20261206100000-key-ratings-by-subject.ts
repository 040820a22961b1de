// A subject has one rating, so the subject id is the ratings' key: the
// surrogate id and its separate unique index made every rating written
// maintain two indexes, a quarter of the cost of rescoring everyone. The
// table is rebuilt under the new key and its rows copied, the same way on
// SQLite (which cannot change a primary key in place) and MariaDB.
import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

const KEPT_COLUMNS =
  'subject_id, score, grade, model_version, breakdown, computed_at';

function ratingColumns() {
  return {
    score: { type: DataTypes.INTEGER, allowNull: false },
    grade: { type: DataTypes.STRING(4), allowNull: false },
    model_version: { type: DataTypes.INTEGER, allowNull: false },
    breakdown: { type: DataTypes.JSON, allowNull: false },
    computed_at: { type: DataTypes.DATE(3), allowNull: false },
  };
}

const subjectReference = { model: 'subjects', key: 'id' };

// Each direction builds under its own name: MariaDB names a foreign key
// after the table it was created in, and the names must stay unique.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('ratings_by_subject', {
    subject_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      primaryKey: true,
      references: subjectReference,
    },
    ...ratingColumns(),
  });
  await copyAndSwap(qi, 'ratings_by_subject');
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.createTable('ratings_by_id', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    subject_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      unique: true,
      references: subjectReference,
    },
    ...ratingColumns(),
  });
  await copyAndSwap(qi, 'ratings_by_id');
}

async function copyAndSwap(qi: QueryInterface, rebuilt: string) {
  await qi.sequelize.query(
    `INSERT INTO ${rebuilt} (${KEPT_COLUMNS})` +
      ` SELECT ${KEPT_COLUMNS} FROM ratings`,
  );
  await qi.dropTable('ratings');
  await qi.renameTable(rebuilt, 'ratings');
}
