import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.addColumn('vouchers', 'cancelled_at', {
    type: DataTypes.DATE(3),
    allowNull: true,
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.removeColumn('vouchers', 'cancelled_at');
}
