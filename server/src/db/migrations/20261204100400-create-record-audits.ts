import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('record_audits', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    record_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'credit_records', key: 'id' },
    },
    action: { type: DataTypes.STRING(16), allowNull: false },
    // user:<id>, key:<key id>, job:<name>, cli or seed.
    actor: { type: DataTypes.STRING(64), allowNull: false },
    reason: { type: DataTypes.STRING(500), allowNull: true },
    before: { type: DataTypes.JSON, allowNull: true },
    after: { type: DataTypes.JSON, allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('record_audits', ['record_id'], {
    name: 'record_audits_record',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('record_audits');
}
