import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('claims', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    offer_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'offers', key: 'id' },
    },
    subject_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'subjects', key: 'id' },
    },
    user_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'users', key: 'id' },
    },
    slot: { type: DataTypes.INTEGER, allowNull: false },
    idempotency_key: { type: DataTypes.STRING(64), allowNull: false },
    eligibility: { type: DataTypes.JSON, allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  // These two keys, not application checks, enforce the per-subject limit
  // and retry safety under any concurrency.
  await qi.addIndex('claims', ['offer_id', 'subject_id', 'slot'], {
    name: 'claims_offer_subject_slot',
    unique: true,
  });
  await qi.addIndex('claims', ['subject_id', 'idempotency_key'], {
    name: 'claims_subject_idempotency_key',
    unique: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('claims');
}
