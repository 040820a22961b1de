// Ratings and their history are derived data: the rescore writes them for
// subject ids it has just read from the subjects, and subjects are never
// deleted. Their foreign keys made MariaDB look up the subject again for
// every rating and history row written, a quarter of the database's work in
// the rescore of everyone, for a check that cannot fail. SQLite keeps
// them: dropping one there means rebuilding the table, and the embedded
// database never holds a city's worth of subjects.
import type { QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

const TABLES = ['ratings', 'rating_history'];

interface ForeignKey {
  constraintName: string;
  columnName: string;
  referencedTableName: string;
}

export async function up({ context: qi }: Params): Promise<void> {
  if (qi.sequelize.getDialect() === 'sqlite') return;
  for (const table of TABLES) {
    const keys = (await qi.getForeignKeyReferencesForTable(
      table,
    )) as ForeignKey[];
    for (const key of keys) {
      if (key.referencedTableName !== 'subjects') continue;
      await qi.removeConstraint(table, key.constraintName);
    }
  }
}

export async function down({ context: qi }: Params): Promise<void> {
  if (qi.sequelize.getDialect() === 'sqlite') return;
  for (const table of TABLES) {
    await qi.addConstraint(table, {
      type: 'foreign key' as const,
      fields: ['subject_id'],
      references: { table: 'subjects', field: 'id' },
      onDelete: 'RESTRICT',
      onUpdate: 'RESTRICT',
    });
  }
}
