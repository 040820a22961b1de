import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

const columns = {
  discount_percent: { type: DataTypes.INTEGER, allowNull: true },
  min_score: { type: DataTypes.INTEGER, allowNull: true },
  redlist_only: {
    type: DataTypes.BOOLEAN,
    allowNull: false,
    defaultValue: false,
  },
  // Record types, comma-separated: a list kind added later (watchlist)
  // needs no migration.
  excluded_lists: {
    type: DataTypes.STRING(200),
    allowNull: false,
    defaultValue: '',
  },
  region_prefix: { type: DataTypes.STRING(6), allowNull: true },
  per_day_quota: { type: DataTypes.INTEGER, allowNull: true },
  review_reason: { type: DataTypes.STRING(200), allowNull: true },
  reviewed_at: { type: DataTypes.DATE(3), allowNull: true },
};

export async function up({ context: qi }: Params): Promise<void> {
  for (const [name, column] of Object.entries(columns)) {
    await qi.addColumn('offers', name, column);
  }
}

export async function down({ context: qi }: Params): Promise<void> {
  for (const name of Object.keys(columns).reverse()) {
    await qi.removeColumn('offers', name);
  }
}
