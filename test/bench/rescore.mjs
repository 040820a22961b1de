// Full rescore of every subject through the rescore-all job, against a raw
// streaming scan of the same records in the same database.
// Usage: node test/bench/rescore.mjs [--scale 0.1]
import mysql from 'mysql2';

import {
  benchDatabase,
  generateCity,
  openServerDatabase,
  option,
  report,
  round,
  serverModule,
} from './lib.mjs';

const scale = option('scale', 1);
const subjects = Math.round(200_000 * scale);
const perSubject = 5;

const bench = await benchDatabase('rescore');
try {
  const db = await openServerDatabase(bench.url);
  console.log(
    `generating ${subjects} subjects, ${subjects * perSubject} records`,
  );
  await generateCity(bench.url, subjects, perSubject);

  const baselineSeconds = await scan(bench.url);
  console.log(`raw scan: ${round(baselineSeconds)} s`);

  const { runRescoreAll, RESCORE_ALL } = serverModule('jobs/rescoreAll');
  const { createMemoryCache } = serverModule('cache/memoryCache');
  const { createLogger } = serverModule('log/logger');
  const job = await db.models.Job.create({
    kind: RESCORE_ALL,
    status: 'queued',
  });
  const started = process.hrtime.bigint();
  const done = await runRescoreAll(
    { db, cache: createMemoryCache(), log: createLogger({ level: 'warn' }) },
    job.id,
    { batchSize: 1000 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (done.status !== 'done' || done.done !== subjects) {
    throw new Error(`job ended ${done.status} after ${done.done}`);
  }
  await db.close();
  report({
    scale,
    subjects,
    records: subjects * perSubject,
    seconds: round(seconds),
    baseline_seconds: round(baselineSeconds),
    ratio: round(seconds / baselineSeconds, 2),
  });
} finally {
  await bench.drop();
}

// Streams the columns scoring reads, row by row, keeping none.
async function scan(url) {
  const conn = mysql.createConnection(url);
  const started = process.hrtime.bigint();
  let rows = 0;
  await new Promise((resolve, reject) => {
    conn
      .query(
        'SELECT id, subject_id, department_id, type, title, doc_number, decision_date, disclosure_end, severity, status FROM credit_records',
      )
      .stream()
      .on('data', () => (rows += 1))
      .on('end', resolve)
      .on('error', reject);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  conn.end();
  if (rows === 0) throw new Error('scanned nothing');
  return seconds;
}
