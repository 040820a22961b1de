// A fresh, migrated database per test file: an SQLite file in a temporary
// folder by default, or a MariaDB database of this Jest worker when
// TEST_DATABASE_URL is set. The MariaDB name holds the Jest run's process id
// too (test_4242_w1), so two runs at once never share one; it is dropped on
// close.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Sequelize } from 'sequelize';

import { Database, migrate, openDatabase } from '../../src/db/database';

/** Whether this run's tests are on MariaDB (else on SQLite). */
export const onServerDatabase = process.env.TEST_DATABASE_URL !== undefined;

export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const db = serverUrl
    ? await openWorkerDatabase(serverUrl)
    : openTemporarySqlite();
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Opens a database for the test file's hooks; call it in describe scope. */
export function useTestDatabase(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (db === undefined) throw new Error('the test database is not open');
    return db;
  };
}

async function openWorkerDatabase(serverUrl: string): Promise<Database> {
  const name = `test_${process.ppid}_w${process.env.JEST_WORKER_ID ?? '1'}`;
  await onServer(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ url: url.toString() });
  return {
    ...db,
    close: async () => {
      await db.close();
      await onServer(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS \`${name}\``),
      );
    },
  };
}

async function onServer(
  serverUrl: string,
  work: (admin: Sequelize) => Promise<unknown>,
): Promise<void> {
  const admin = new Sequelize(serverUrl, { dialect: 'mysql', logging: false });
  try {
    await work(admin);
  } finally {
    await admin.close();
  }
}

function openTemporarySqlite(): Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'creditplus-test-'));
  const db = openDatabase({ sqlitePath: path.join(dir, 'test.sqlite') });
  return {
    ...db,
    close: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
