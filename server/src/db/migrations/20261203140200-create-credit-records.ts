import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('credit_records', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    subject_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'subjects', key: 'id' },
    },
    department_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'departments', key: 'id' },
    },
    type: { type: DataTypes.STRING(16), allowNull: false },
    doc_number: { type: DataTypes.STRING(100), allowNull: false },
    title: { type: DataTypes.STRING(200), allowNull: false },
    category: { type: DataTypes.STRING(100), allowNull: false },
    amount_fen: { type: DataTypes.BIGINT, allowNull: true },
    decision_date: { type: DataTypes.DATEONLY, allowNull: false },
    disclosure_end: { type: DataTypes.DATEONLY, allowNull: true },
    severity: { type: DataTypes.STRING(16), allowNull: true },
    status: { type: DataTypes.STRING(16), allowNull: false },
    payload: { type: DataTypes.JSON, allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
    updated_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('credit_records', ['department_id', 'type', 'doc_number'], {
    name: 'credit_records_department_type_doc',
    unique: true,
  });
  await qi.addIndex('credit_records', ['subject_id'], {
    name: 'credit_records_subject',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('credit_records');
}
