import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

// One row per import that created records: who and when, for the audit
// trail of each record it created (services/recordAuditTrail.ts), instead
// of an audit row per created record.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('import_batches', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    // user:<id>, key:<key id>, cli or seed.
    actor: { type: DataTypes.STRING(64), allowNull: false },
    source: { type: DataTypes.STRING(16), allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addColumn('credit_records', 'import_batch_id', {
    type: DataTypes.INTEGER,
    allowNull: true,
    references: { model: 'import_batches', key: 'id' },
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.removeColumn('credit_records', 'import_batch_id');
  await qi.dropTable('import_batches');
}
