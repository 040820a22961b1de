// Writes many rows of one model with a single multi-row INSERT, for paths
// that store thousands of rows at once (the import). Model.bulkCreate builds
// an instance per row and formats every value through its data type, which
// there cost more than the database's own work. Here the values arrive in
// their stored form (numbers, strings, YYYY-MM-DD dates, null) except JSON,
// which is serialized as Sequelize would, and all rows share one timestamp,
// formatted once through the column's type. Ids are not returned: callers
// read them back by a unique key.
import {
  CreationAttributes,
  DataTypes,
  Model,
  ModelStatic,
  Transaction,
  Utils,
} from 'sequelize';

const TIMESTAMPS = ['createdAt', 'updatedAt'];

export async function insertRows<M extends Model>(
  model: ModelStatic<M>,
  rows: CreationAttributes<M>[],
  transaction: Transaction,
): Promise<void> {
  if (rows.length === 0) return;
  const { sequelize } = model;
  if (sequelize === undefined) throw new Error('model is not initialized');
  const queryInterface = sequelize.getQueryInterface();
  const attributes = model.getAttributes();

  // Sequelize's types leave the generator untyped; escape(value, attribute)
  // is what bulkCreate itself formats each value with.
  const generator = queryInterface.queryGenerator as {
    escape(value: unknown, attribute: unknown): string;
  };
  const now = new Date();
  const stamps: Record<string, Utils.Literal> = {};
  for (const name of TIMESTAMPS) {
    const attribute = attributes[name as keyof typeof attributes];
    if (attribute === undefined) continue;
    stamps[attribute.field ?? name] = sequelize.literal(
      generator.escape(now, attribute),
    );
  }
  const columns = Object.entries(attributes).map(([name, attribute]) => ({
    name,
    field: attribute.field ?? name,
    json: attribute.type instanceof DataTypes.JSON,
  }));

  const records = rows.map((row) => {
    const record: Record<string, unknown> = { ...stamps };
    for (const { name, field, json } of columns) {
      const value: unknown = (row as Record<string, unknown>)[name];
      if (value === undefined) continue;
      record[field] =
        json && value !== null ? JSON.stringify(value) : (value as unknown);
    }
    return record;
  });
  await queryInterface.bulkInsert(model.getTableName(), records, {
    transaction,
  });
}
