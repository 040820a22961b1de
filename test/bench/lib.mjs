// What the benchmarks share: the server's compiled modules, a dedicated
// MariaDB database created and dropped per run, bulk data generation with
// multi-row INSERTs in chunks (never a whole table in memory), and the one
// last line of key=value pairs each benchmark prints.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';

const require = createRequire(import.meta.url);

/** The credit_records columns the generators fill, in insert order. */
export const RECORD_COLUMNS = [
  'subject_id',
  'department_id',
  'type',
  'doc_number',
  'title',
  'category',
  'amount_fen',
  'decision_date',
  'disclosure_end',
  'severity',
  'status',
  'payload',
  'created_at',
  'updated_at',
];

/** A module of the server's build (run `pnpm --filter ./server build`). */
export function serverModule(path) {
  return require(`../../server/dist/${path}`);
}

export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.findIndex(
    (a) => a === `--${name}` || a.startsWith(`--${name}=`),
  );
  if (i === -1) return fallback;
  const value = args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  return Number(value);
}

export const serverUrl =
  process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/bench';
export const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Creates the database of one benchmark (bench_rescore …) afresh, so two
 * benchmarks can run at once; the returned drop() removes it.
 */
export async function benchDatabase(benchmark) {
  const url = new URL(serverUrl);
  const name = `${url.pathname.slice(1) || 'bench'}_${benchmark}`;
  url.pathname = '/';
  const admin = await mysql.createConnection(url.toString());
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(
    `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

/**
 * Deletes the Redis keys a benchmark wrote under its own prefix, so a run
 * leaves nothing behind for the next one or a server sharing the Redis.
 */
export async function dropRedisKeys(prefix) {
  const redis = new Redis(redisUrl);
  try {
    const stream = redis.scanStream({ match: `${prefix}*`, count: 1000 });
    for await (const keys of stream) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

/** Opens and migrates the server's database on the bench database. */
export async function openServerDatabase(url) {
  const { openDatabase, migrate } = serverModule('db/database');
  const db = openDatabase({ url });
  await migrate(db);
  return db;
}

/** Inserts rows made by make(i) for i in [0, count), in chunks. */
export async function insertChunked(conn, table, columns, count, make) {
  const chunk = 2000;
  for (let start = 0; start < count; start += chunk) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + chunk); i += 1) {
      rows.push(make(i));
    }
    await conn.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ?`, [
      rows,
    ]);
  }
}

const NOW = new Date();
const DAY = 86_400_000;

export function isoDate(ms) {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A city of `subjects` subjects (one in five an organization) and
 * `perSubject` records each: penalties of both severities, licenses, and
 * a few red and black listings, decided over the last two years.
 */
export async function generateCity(url, subjects, perSubject) {
  const conn = await mysql.createConnection(url);
  await insertChunked(
    conn,
    'departments',
    ['id', 'name', 'uscc', 'created_at'],
    20,
    (i) => [i + 1, `测试部门${i + 1}`, null, NOW],
  );
  await insertChunked(
    conn,
    'subjects',
    [
      'id',
      'kind',
      'category',
      'name',
      'code_hash',
      'code_cipher',
      'code_masked',
      'region',
      'created_at',
    ],
    subjects,
    (i) => {
      const organization = i % 5 === 0;
      return [
        i + 1,
        organization ? 'organization' : 'person',
        organization ? 'enterprise' : 'person',
        `测试主体${i + 1}`,
        createHash('sha256').update(String(i)).digest('hex'),
        'bench:not-a-cipher',
        '3604**********000X',
        '360404',
        NOW,
      ];
    },
  );
  const types = [
    'penalty',
    'penalty',
    'license',
    'penalty',
    'license',
    'redlist',
    'penalty',
    'license',
    'penalty',
    'blacklist',
  ];
  await insertChunked(
    conn,
    'credit_records',
    RECORD_COLUMNS,
    subjects * perSubject,
    (n) => {
      const type = types[(n * 7) % types.length];
      const decided = NOW.getTime() - ((n * 37) % 700) * DAY;
      return [
        Math.floor(n / perSubject) + 1,
        (n % 20) + 1,
        type,
        `测文〔2026〕${n}号`,
        '测试事项',
        type === 'penalty' ? '罚款' : '名单',
        type === 'penalty' ? 100_000 : null,
        isoDate(decided),
        isoDate(decided + 365 * DAY),
        type === 'penalty' ? (n % 3 === 0 ? 'serious' : 'general') : null,
        'active',
        '{}',
        NOW,
        NOW,
      ];
    },
  );
  await conn.end();
}

export function percentile(sorted, p) {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

export function report(values) {
  console.log(
    Object.entries(values)
      .map(([key, value]) => `${key}=${value}`)
      .join(' '),
  );
}

export const round = (n, digits = 3) => Number(n.toFixed(digits));
