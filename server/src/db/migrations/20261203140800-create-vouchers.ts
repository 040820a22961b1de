import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('vouchers', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    claim_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      unique: true,
      references: { model: 'claims', key: 'id' },
    },
    code: { type: DataTypes.CHAR(32), allowNull: false, unique: true },
    status: { type: DataTypes.STRING(16), allowNull: false },
    expires_at: { type: DataTypes.DATE(3), allowNull: false },
    redeemed_at: { type: DataTypes.DATE(3), allowNull: true },
    redeemed_by_user_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'users', key: 'id' },
    },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('vouchers');
}
