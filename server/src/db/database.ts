// Opens the database (MariaDB/MySQL when a URL is given, an SQLite file
// otherwise) and migrates it. Nothing here reads the environment: config.ts
// passes the settings in.
import { format, SqlValue } from 'mysql2';
import { Sequelize, Transaction } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';

import { migrations } from './migrations';
import { defineModels, Models } from './models';
import { sqliteWithBusyTimeout } from './sqliteWithBusyTimeout';

// Instants are stored in UTC; business dates are DATEONLY strings.
export const DATABASE_TIMEZONE = '+00:00';

export interface DatabaseOptions {
  /** mysql://user:password@host:port/database; SQLite is used without it. */
  url?: string;
  sqlitePath?: string;
  logging?: (sql: string) => void;
}

export interface Database {
  sequelize: Sequelize;
  models: Models;
  close(): Promise<void>;
}

export function openDatabase(options: DatabaseOptions): Database {
  if (!options.url && !options.sqlitePath) {
    throw new Error('openDatabase needs a url or an sqlitePath');
  }
  const logging = options.logging ?? false;
  const sequelize = options.url
    ? new Sequelize(options.url, {
        dialect: 'mysql',
        timezone: DATABASE_TIMEZONE,
        dialectOptions: { queryFormat: sendAsWritten },
        // The rescore of everyone holds up to four connections while it
        // runs (jobs/rescoreAll.ts); requests keep the rest.
        pool: { max: 10 },
        logging,
      })
    : new Sequelize({
        dialect: 'sqlite',
        storage: options.sqlitePath,
        dialectModule: sqliteWithBusyTimeout,
        // Sequelize opens one SQLite connection per transaction. Taking the
        // write lock at BEGIN means a waiting transaction has done nothing
        // yet, so retrying its BEGIN is safe; a reader upgrading to a writer
        // mid-transaction could only fail.
        transactionType: Transaction.TYPES.IMMEDIATE,
        // Waiting for the lock happens here, in JavaScript, with backoff:
        // a long busy timeout would block the few libuv threads sqlite3
        // runs on, and the transaction holding the lock could then never
        // finish (up to about a minute of waiting in all).
        retry: {
          match: [/SQLITE_BUSY/],
          max: 120,
          backoffBase: 5,
          backoffExponent: 1.05,
          backoffJitter: 5,
        },
        logging,
      });
  return {
    sequelize,
    models: defineModels(sequelize),
    close: () => sequelize.close(),
  };
}

// Sequelize hands the driver finished statements, values inlined and
// escaped, and no values to fill in; the driver would still scan each one
// for ? placeholders, and an import's multi-row inserts run to megabytes.
// A statement without values is sent as written; any others are filled in
// as the driver itself would.
function sendAsWritten(
  sql: string,
  values: unknown,
  timezone?: string,
): string {
  const none =
    values === undefined || (Array.isArray(values) && values.length === 0);
  return none ? sql : format(sql, values as SqlValue[], false, timezone);
}

/**
 * The migrator of a database. Two processes migrating one MySQL database
 * at the same moment are not serialized: deployments run `migrate` once
 * before starting the API processes.
 */
export function migrator(
  db: Database,
): Umzug<ReturnType<Sequelize['getQueryInterface']>> {
  return new Umzug({
    migrations,
    context: db.sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize: db.sequelize }),
    logger: undefined,
  });
}

export async function migrate(db: Database): Promise<void> {
  await migrator(db).up();
}
