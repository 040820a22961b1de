// The sqlite3 driver with every connection set up for concurrent use.
// Sequelize has no hook for SQLite connections, so the driver module it
// loads (its documented `dialectModule` option) does the set-up.
import sqlite3 from 'sqlite3';

// Short on purpose: the wait blocks one of sqlite3's worker threads, and
// longer waits are retried by Sequelize (database.ts).
const BUSY_TIMEOUT_MS = 20;

class ConfiguredDatabase extends sqlite3.Database {
  constructor(
    filename: string,
    mode: number,
    callback: (err: Error | null) => void,
  ) {
    super(filename, mode, callback);
    // Ride out a brief lock without a round trip through the retry.
    this.configure('busyTimeout', BUSY_TIMEOUT_MS);
    // WAL lets readers go on while one transaction writes. It is stored in
    // the file, so repeating it per connection costs one no-op statement.
    // A failure to open is reported through the open callback; this one
    // would only repeat it.
    this.exec('PRAGMA journal_mode = WAL', () => undefined);
  }
}

export const sqliteWithBusyTimeout = {
  ...sqlite3,
  Database: ConfiguredDatabase,
};
