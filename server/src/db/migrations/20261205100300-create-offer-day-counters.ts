import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

// One row per offer and Shanghai day; claims raise `claimed` by a
// conditional update, so the per-day quota holds across processes.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('offer_day_counters', {
    offer_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      primaryKey: true,
      references: { model: 'offers', key: 'id' },
    },
    day: { type: DataTypes.DATEONLY, allowNull: false, primaryKey: true },
    claimed: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('offer_day_counters');
}
