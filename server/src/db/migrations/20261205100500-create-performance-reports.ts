import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('performance_reports', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    voucher_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'vouchers', key: 'id' },
    },
    merchant_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'merchants', key: 'id' },
    },
    reported_by_user_id: { type: DataTypes.INTEGER, allowNull: false },
    outcome: { type: DataTypes.STRING(16), allowNull: false },
    amount_fen: { type: DataTypes.BIGINT, allowNull: true },
    record_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'credit_records', key: 'id' },
    },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  // A deal is reported once: a second report is refused by this key.
  await qi.addIndex('performance_reports', ['voucher_id'], {
    name: 'performance_reports_voucher',
    unique: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('performance_reports');
}
