import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('subjects', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    kind: { type: DataTypes.STRING(16), allowNull: false },
    category: { type: DataTypes.STRING(32), allowNull: false },
    name: { type: DataTypes.STRING(200), allowNull: false },
    code_hash: { type: DataTypes.CHAR(64), allowNull: false },
    code_cipher: { type: DataTypes.STRING(255), allowNull: false },
    code_masked: { type: DataTypes.STRING(32), allowNull: false },
    region: { type: DataTypes.STRING(6), allowNull: true },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('subjects', ['kind', 'code_hash'], {
    name: 'subjects_kind_code_hash',
    unique: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('subjects');
}
