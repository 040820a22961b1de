import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

// Department staff act for one department, as merchant staff for one
// merchant.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.addColumn('users', 'department_id', {
    type: DataTypes.INTEGER,
    allowNull: true,
    references: { model: 'departments', key: 'id' },
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.removeColumn('users', 'department_id');
}
