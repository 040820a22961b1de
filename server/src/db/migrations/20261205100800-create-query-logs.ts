import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('query_logs', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    subject_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'subjects', key: 'id' },
    },
    merchant_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'merchants', key: 'id' },
    },
    viewer_user_id: { type: DataTypes.INTEGER, allowNull: false },
    claim_id: { type: DataTypes.INTEGER, allowNull: false },
    purpose: { type: DataTypes.STRING(200), allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('query_logs', ['subject_id'], {
    name: 'query_logs_subject',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('query_logs');
}
