import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('staff_invites', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    merchant_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'merchants', key: 'id' },
    },
    // SHA-256 of the code: a leaked table does not hand out staff seats.
    code_hash: { type: DataTypes.CHAR(64), allowNull: false },
    created_by_user_id: { type: DataTypes.INTEGER, allowNull: false },
    expires_at: { type: DataTypes.DATE(3), allowNull: false },
    used_at: { type: DataTypes.DATE(3), allowNull: true },
    used_by_user_id: { type: DataTypes.INTEGER, allowNull: true },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('staff_invites', ['code_hash'], {
    name: 'staff_invites_code_hash',
    unique: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('staff_invites');
}
