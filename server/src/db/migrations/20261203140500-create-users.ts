import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('users', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    login: { type: DataTypes.STRING(64), allowNull: true, unique: true },
    openid: { type: DataTypes.STRING(64), allowNull: true, unique: true },
    display_name: { type: DataTypes.STRING(100), allowNull: false },
    subject_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'subjects', key: 'id' },
    },
    merchant_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'merchants', key: 'id' },
    },
    role: { type: DataTypes.STRING(16), allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('users');
}
