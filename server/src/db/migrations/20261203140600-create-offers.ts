import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('offers', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    merchant_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'merchants', key: 'id' },
    },
    title: { type: DataTypes.STRING(100), allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: false },
    kind: { type: DataTypes.STRING(16), allowNull: false },
    scene: { type: DataTypes.STRING(16), allowNull: false },
    subject_kinds: { type: DataTypes.JSON, allowNull: false },
    min_grade: { type: DataTypes.STRING(4), allowNull: true },
    quota: { type: DataTypes.INTEGER, allowNull: false },
    claimed: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    per_subject_limit: {
      type: DataTypes.INTEGER,
      allowNull: false,
      defaultValue: 1,
    },
    value_fen: { type: DataTypes.BIGINT, allowNull: true },
    valid_from: { type: DataTypes.DATE(3), allowNull: false },
    valid_to: { type: DataTypes.DATE(3), allowNull: false },
    voucher_ttl_hours: { type: DataTypes.INTEGER, allowNull: false },
    status: { type: DataTypes.STRING(16), allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('offers');
}
