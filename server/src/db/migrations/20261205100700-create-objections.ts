import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('objections', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    record_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'credit_records', key: 'id' },
    },
    subject_id: { type: DataTypes.INTEGER, allowNull: false },
    user_id: { type: DataTypes.INTEGER, allowNull: false },
    reason: { type: DataTypes.STRING(500), allowNull: false },
    status: { type: DataTypes.STRING(16), allowNull: false },
    // The record id while the objection is pending, null once answered:
    // the unique key allows one open objection per record, any number of
    // closed ones (NULLs never collide).
    open_record_id: { type: DataTypes.INTEGER, allowNull: true },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('objections', ['open_record_id'], {
    name: 'objections_open_record',
    unique: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('objections');
}
