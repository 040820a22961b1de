import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('rating_history', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    subject_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'subjects', key: 'id' },
    },
    score: { type: DataTypes.INTEGER, allowNull: false },
    grade: { type: DataTypes.STRING(4), allowNull: false },
    model_version: { type: DataTypes.INTEGER, allowNull: false },
    computed_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('rating_history', ['subject_id', 'computed_at'], {
    name: 'rating_history_subject_time',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('rating_history');
}
