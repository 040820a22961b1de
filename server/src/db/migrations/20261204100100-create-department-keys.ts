import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('department_keys', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    department_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'departments', key: 'id' },
    },
    key_id: { type: DataTypes.STRING(40), allowNull: false, unique: true },
    // The server recomputes each HMAC, so the secret is kept encrypted
    // (AES-256-GCM with a key derived from DATA_KEY), never hashed.
    secret_cipher: { type: DataTypes.STRING(200), allowNull: false },
    created_by_user_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'users', key: 'id' },
    },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
    revoked_at: { type: DataTypes.DATE(3), allowNull: true },
  });
  await qi.addIndex('department_keys', ['department_id'], {
    name: 'department_keys_department',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('department_keys');
}
