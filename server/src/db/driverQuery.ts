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
import { type Sequelize, UniqueConstraintError } from 'sequelize';

interface DriverConnection {
  execute(
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
