// A statement sent straight to mysql2 on a connection of Sequelize's own
// pool, for the few statements a flash crowd runs tens of thousands of
// times (a claim's read and its write). Sequelize's query path (a Query
// object, a captured stack trace, the formatting of its results) cost
// about twice the driver's own CPU per statement; here only the driver
// works. mysql2 escapes the `?` values and writes a Date in the pool's
// time zone with its milliseconds; it reads columns through the pool's
// type parsers, as Sequelize's raw queries do.
//
// MySQL and MariaDB only. A unique violation is raised as Sequelize's
// UniqueConstraintError, so a caller catches one error class whichever
// way its statement went; other errors stay mysql2's.
import { type Sequelize, UniqueConstraintError } from 'sequelize';

interface DriverConnection {
  query(
    sql: string,
    values: unknown[],
    callback: (error: Error | null, result: unknown) => void,
  ): unknown;
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
      connection.query(sql, values, (error, result) =>
        error === null ? resolve(result as Result) : reject(error),
      );
    });
  } catch (error) {
    throw asUniqueViolation(error, sql) ?? error;
  } finally {
    manager.releaseConnection(connection);
  }
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
