// On MariaDB a JSON column is text with a check that parses every value
// written. The ratings' breakdown is written only by the server, from
// JSON.stringify, and the check cost a tenth of writing ratings in the
// rescore of everyone; the column becomes plain text there. SQLite checks
// nothing and keeps its column. Readers parse the text (models/columns.ts).
import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  if (qi.sequelize.getDialect() === 'sqlite') return;
  await qi.changeColumn('ratings', 'breakdown', {
    type: 'LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin',
    allowNull: false,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  if (qi.sequelize.getDialect() === 'sqlite') return;
  await qi.changeColumn('ratings', 'breakdown', {
    type: DataTypes.JSON,
    allowNull: false,
  });
}
