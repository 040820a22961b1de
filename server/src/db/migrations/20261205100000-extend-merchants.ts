import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

// Merchants seeded before registration existed were set up by hand and
// count as approved; new registrations start pending.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.addColumn('merchants', 'status', {
    type: DataTypes.STRING(16),
    allowNull: false,
    defaultValue: 'approved',
  });
  await qi.addColumn('merchants', 'review_reason', {
    type: DataTypes.STRING(200),
    allowNull: true,
  });
  await qi.addColumn('merchants', 'reviewed_at', {
    type: DataTypes.DATE(3),
    allowNull: true,
  });
  await qi.addColumn('merchants', 'registered_by_user_id', {
    type: DataTypes.INTEGER,
    allowNull: true,
  });
  // One merchant per organization, so two taps on "register" cannot
  // create two.
  await qi.addIndex('merchants', ['subject_id'], {
    name: 'merchants_subject',
    unique: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  // MariaDB let the unique key stand in for the foreign key's own index
  // and dropped that one; the key can only go once another index serves.
  await qi.addIndex('merchants', ['subject_id'], {
    name: 'merchants_subject_id',
  });
  await qi.removeIndex('merchants', 'merchants_subject');
  await qi.removeColumn('merchants', 'registered_by_user_id');
  await qi.removeColumn('merchants', 'reviewed_at');
  await qi.removeColumn('merchants', 'review_reason');
  await qi.removeColumn('merchants', 'status');
}
