// Opens the database (MariaDB/MySQL when a URL is given, an SQLite file
// otherwise) and migrates it. Nothing here reads the environment: config.ts
// passes the settings in.
import { Sequelize, Transaction } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';

import { migrations } from './migrations';
import { defineModels, Models } from './models';
import { sqliteWithBusyTimeout } from './sqliteWithBusyTimeout';

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
        // Instants are stored in UTC; business dates are DATEONLY strings.
        timezone: '+00:00',
        logging,
      })
    : new Sequelize({
        dialect: 'sqlite',
        storage: options.sqlitePath,
        dialectModule: sqliteWithBusyTimeout,
        // Sequelize opens one SQLite connection per transaction. Taking the
        // write lock at BEGIN makes concurrent transactions queue on the
        // busy timeout instead of failing with SQLITE_BUSY when a reader
        // tries to upgrade.
        transactionType: Transaction.TYPES.IMMEDIATE,
        logging,
      });
  return {
    sequelize,
    models: defineModels(sequelize),
    close: () => sequelize.close(),
  };
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
