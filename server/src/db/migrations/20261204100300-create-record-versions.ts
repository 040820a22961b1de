import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('record_versions', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    record_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'credit_records', key: 'id' },
    },
    // 1 for the first correction: `before` is then the row as first
    // imported.
    version: { type: DataTypes.INTEGER, allowNull: false },
    before: { type: DataTypes.JSON, allowNull: false },
    after: { type: DataTypes.JSON, allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('record_versions', ['record_id', 'version'], {
    name: 'record_versions_record_version',
    unique: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('record_versions');
}
