// A subject's name follows the most recent decision that names it (a
// company renamed since its first record shows its new name), so the
// subject keeps the decision date its name came from. Existing subjects
// take the date of their latest record: their name came from a row no
// later than that.
import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.addColumn('subjects', 'named_on', {
    type: DataTypes.DATEONLY,
    allowNull: true,
  });
  await qi.sequelize.query(
    'UPDATE subjects SET named_on = (SELECT MAX(r.decision_date)' +
      ' FROM credit_records r WHERE r.subject_id = subjects.id)',
  );
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.removeColumn('subjects', 'named_on');
}
