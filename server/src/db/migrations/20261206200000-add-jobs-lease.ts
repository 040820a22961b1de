import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

// A job is walked by the process holding its lease, so two processes
// resuming it at once do not both do the work.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.addColumn('jobs', 'lease_owner', {
    type: DataTypes.STRING(64),
    allowNull: true,
  });
  await qi.addColumn('jobs', 'lease_until', {
    type: DataTypes.DATE(3),
    allowNull: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.removeColumn('jobs', 'lease_until');
  await qi.removeColumn('jobs', 'lease_owner');
}
