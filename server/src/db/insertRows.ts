// Writes many rows of one model with a single multi-row INSERT, for paths
// that store thousands of rows at once (the import). Model.bulkCreate, and
// even the query interface's bulkInsert, format every value through its
// data type, which there cost more than the database's own work. Here the
// values arrive in their stored form (numbers, strings, YYYY-MM-DD dates,
// null) except JSON, which is serialized as Sequelize would, and all rows
// share one timestamp, formatted once through the column's type.
import {
  Attributes,
  CreationAttributes,
  DataTypes,
  Model,
  ModelStatic,
  QueryTypes,
  Sequelize,
  Transaction,
} from 'sequelize';

import { isMariaDb } from './serverKind';

const TIMESTAMPS = ['createdAt', 'updatedAt'];

export async function insertRows<M extends Model>(
  model: ModelStatic<M>,
  rows: CreationAttributes<M>[],
  transaction: Transaction,
): Promise<void> {
  if (rows.length === 0) return;
  await model.sequelize?.query(insertSql(model, rows), {
    type: QueryTypes.INSERT,
    transaction,
  });
}

/**
 * Inserts the rows and returns the named attributes of each inserted row,
 * in no promised order, where the database can say them in the same
 * statement (MariaDB's INSERT … RETURNING); null elsewhere, and the caller
 * reads them back by a unique key. MySQL has no RETURNING and, under its
 * default auto-increment lock mode, no promise of consecutive ids; through
 * Sequelize, SQLite runs an INSERT without reading rows.
 */
export async function insertRowsReturning<
  M extends Model,
  K extends keyof CreationAttributes<M> & string,
>(
  model: ModelStatic<M>,
  rows: CreationAttributes<M>[],
  returned: K[],
  transaction: Transaction,
): Promise<Pick<Attributes<M>, K>[] | null> {
  const sequelize = sequelizeOf(model);
  if (!(await isMariaDb(sequelize))) {
    await insertRows(model, rows, transaction);
    return null;
  }
  if (rows.length === 0) return [];

  const attributes = model.getAttributes();
  const columns = returned.map((name) => {
    const field = attributes[name]?.field ?? name;
    const quoted = sequelize.getQueryInterface().quoteIdentifier(field);
    return field === name ? quoted : `${quoted} AS ${name}`;
  });
  return sequelize.query<Pick<Attributes<M>, K>>(
    `${insertSql(model, rows)} RETURNING ${columns.join(', ')}`,
    { type: QueryTypes.SELECT, transaction },
  );
}

function insertSql<M extends Model>(
  model: ModelStatic<M>,
  rows: CreationAttributes<M>[],
): string {
  const sequelize = sequelizeOf(model);
  const queryInterface = sequelize.getQueryInterface();
  const attributes = model.getAttributes();
  // Sequelize's types leave the generator untyped; escape(value, attribute)
  // is what bulkCreate itself formats a value with.
  const generator = queryInterface.queryGenerator as {
    escape(value: unknown, attribute: unknown): string;
    quoteTable(table: unknown): string;
  };

  const now = new Date();
  const columns = Object.entries(attributes)
    .filter(([name]) => TIMESTAMPS.includes(name) || hasValue(rows, name))
    .map(([name, attribute]) => ({
      name,
      field: attribute.field ?? name,
      json: attribute.type instanceof DataTypes.JSON,
      stamp: TIMESTAMPS.includes(name)
        ? generator.escape(now, attribute)
        : null,
      attribute,
    }));

  const values = rows.map((row) => {
    const cells = columns.map(({ name, json, stamp, attribute }) => {
      if (stamp !== null) return stamp;
      const value: unknown = (row as Record<string, unknown>)[name];
      if (value === null || value === undefined) return 'NULL';
      if (json) return sequelize.escape(JSON.stringify(value));
      if (typeof value === 'number') return String(value);
      if (typeof value === 'string') return sequelize.escape(value);
      return generator.escape(value, attribute);
    });
    return `(${cells.join(',')})`;
  });
  const fields = columns.map((c) => queryInterface.quoteIdentifier(c.field));
  const table = generator.quoteTable(model.getTableName());
  return `INSERT INTO ${table} (${fields.join(',')}) VALUES ${values.join(',')}`;
}

/** Columns no row sets are left to their defaults, as bulkInsert does. */
function hasValue(rows: object[], name: string): boolean {
  return rows.some(
    (row) => (row as Record<string, unknown>)[name] !== undefined,
  );
}

function sequelizeOf(model: ModelStatic<Model>): Sequelize {
  if (model.sequelize === undefined) {
    throw new Error('model is not initialized');
  }
  return model.sequelize;
}
