import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

// The unique key decides replays across every API process; rows older than
// the signature window are pruned, since a request that old is refused as
// stale before its nonce is looked at.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('push_nonces', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    key_id: { type: DataTypes.STRING(40), allowNull: false },
    nonce: { type: DataTypes.STRING(64), allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('push_nonces', ['key_id', 'nonce'], {
    name: 'push_nonces_key_nonce',
    unique: true,
  });
  await qi.addIndex('push_nonces', ['created_at'], {
    name: 'push_nonces_created',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('push_nonces');
}
