// Another process's write to the test database, made while the caller
// waits: spawned synchronously, so it has committed when this returns,
// even if the caller is in the middle of a walk that must see it. The
// child uses the drivers directly, as a process of another build would.
import { spawnSync } from 'node:child_process';

import type { Database } from '../../src/db/database';

const CHILD = `
const [dialect, target, sql, ...values] = process.argv.slice(1);
const done = (error) => {
  if (error) { console.error(error.message); process.exit(1); }
};
if (dialect === 'sqlite') {
  const sqlite3 = require('sqlite3');
  const file = new sqlite3.Database(target);
  file.run(sql, values, (error) => { done(error); file.close(done); });
} else {
  const connection = require('mysql2').createConnection(target);
  connection.query(sql, values, (error) => { done(error); connection.end(); });
}
`;

/** Runs one statement with `?` values in another process, to its commit. */
export function writeFromAnotherProcess(
  db: Database,
  sql: string,
  values: string[],
): void {
  const { sequelize } = db;
  const dialect = sequelize.getDialect();
  // Sequelize keeps the SQLite file among its options, untyped.
  const { options } = sequelize as unknown as {
    options: { storage?: string };
  };
  const config = sequelize.config;
  const target =
    dialect === 'sqlite'
      ? String(options.storage)
      : `mysql://${config.username}:` +
        `${encodeURIComponent(config.password ?? '')}` +
        `@${config.host}:${config.port}/${config.database}`;
  const child = spawnSync(
    process.execPath,
    ['-e', CHILD, dialect, target, sql, ...values],
    { cwd: __dirname, encoding: 'utf8' },
  );
  if (child.status !== 0) {
    throw new Error(`the other process failed: ${child.stderr}`);
  }
}
