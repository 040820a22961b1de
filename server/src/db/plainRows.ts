// The rows of a finished statement (values already inlined) as the
// driver hands them over, for reads that run once per subject in the
// rescore of everyone: model instances, or even the ORM's copy of each
// row, would cost more than the database's own work there.
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { driverRows } from './driverQuery';

export async function plainRows<Row>(
  sequelize: Sequelize,
  statement: string,
  transaction?: Transaction,
): Promise<Row[]> {
  if (sequelize.getDialect() !== 'sqlite') {
    return driverRows<Row>(sequelize, statement, transaction);
  }
  // A raw query hands back the driver's rows as they are, where a select
  // would copy each of them.
  const [rows] = (await sequelize.query(statement, {
    type: QueryTypes.RAW,
    transaction,
  })) as [Row[], unknown];
  return rows;
}
