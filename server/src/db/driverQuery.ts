// A statement sent straight to mysql2 on a connection of Sequelize's own
// pool, for the few statements a flash crowd runs tens of thousands of
// times (a claim's read and its write). Sequelize's query path (a Query
// object, a captured stack trace, the formatting of its results) cost
// about twice the driver's own CPU per statement; here only the driver
// works. Each statement is prepared once per connection (mysql2 keeps it
// by its text), so the server does not parse it again at every call; the
// `?` values are sent apart from it, a Date in the pool's time zone with
// its milliseconds, and columns are read through the pool's type parsers
// as Sequelize's raw queries read them.
//
// MySQL and MariaDB only. A unique violation is raised as Sequelize's
// UniqueConstraintError, so a caller catches one error class whichever
// way its statement went; other errors stay mysql2's.
import {
  type Sequelize,
  type Transaction,
  UniqueConstraintError,
} from 'sequelize';

interface DriverConnection {
  execute(
    sql: string,
    values: unknown[],
    callback: (error: Error | null, result: unknown) => void,
  ): unknown;
  query(
    options: DriverReadOptions,
    callback: (error: Error | null, result: unknown) => void,
  ): unknown;
}

interface DriverReadOptions {
  sql: string;
  dateStrings: true;
  typeCast: (field: unknown, next: () => unknown) => unknown;
}

export async function driverQuery<Result>(
  sequelize: Sequelize,
  sql: string,
  values: unknown[],
): Promise<Result> {
  const manager = sequelize.connectionManager;
  const connection = (await manager.getConnection({
    type: 'write',
  })) as DriverConnection;
  try {
    return await new Promise<Result>((resolve, reject) => {
      connection.execute(sql, values, (error, result) =>
        error === null ? resolve(result as Result) : reject(error),
      );
    });
  } catch (error) {
    throw asUniqueViolation(error, sql) ?? error;
  } finally {
    manager.releaseConnection(connection);
  }
}

/**
 * The rows of a finished statement (values already inlined) read on the
 * transaction's connection, or on one of the pool's without one, with the
 * driver's own conversions only: numbers as numbers, text and dates as
 * text. The pool's conversions look up a parser for every column of every
 * row, which in the rescore of everyone cost as much as reading the rows.
 */
export async function driverRows<Row>(
  sequelize: Sequelize,
  sql: string,
  transaction?: Transaction,
): Promise<Row[]> {
  const options: DriverReadOptions = {
    sql,
    dateStrings: true,
    typeCast: asTheDriverReadsIt,
  };
  // A transaction holds its connection as Sequelize's own property.
  const held = (transaction as { connection?: DriverConnection } | undefined)
    ?.connection;
  const manager = sequelize.connectionManager;
  const connection =
    held ??
    ((await manager.getConnection({ type: 'read' })) as DriverConnection);
  try {
    return await new Promise<Row[]>((resolve, reject) => {
      connection.query(options, (error, rows) =>
        error === null ? resolve(rows as Row[]) : reject(error),
      );
    });
  } finally {
    if (held === undefined) manager.releaseConnection(connection);
  }
}

// A per-statement conversion stands in for the pool's: the driver applies
// the pool's unless the statement names one of its own.
function asTheDriverReadsIt(_field: unknown, next: () => unknown): unknown {
  return next();
}

// mysql2 names a duplicate key ER_DUP_ENTRY (errno 1062).
function asUniqueViolation(
  error: unknown,
  sql: string,
): UniqueConstraintError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ER_DUP_ENTRY') return null;
  // As Sequelize does, the error keeps the statement it came from.
  const parent = Object.assign(error as Error, { sql });
  return new UniqueConstraintError({
    message: parent.message,
    parent,
    original: parent,
  });
}
