// Full rescore of every subject through the rescore-all job, against a raw
// streaming scan of the same records in the same database.
//
// What is timed is what a model publish does: every subject already has a
// rating, a new model version of each kind is published, and the job
// rewrites every rating and adds a history point to each. The first rating
// of everyone runs before, untimed but printed. The scan and the publish
// alternate for a few rounds and the medians are compared, so one slow
// moment of the machine does not decide the figure.
// Usage: node test/bench/rescore.mjs [--scale 0.1] [--rounds 3]
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
const rounds = option('rounds', 3);
const subjects = Math.round(200_000 * scale);
const perSubject = 5;

const { runRescoreAll, RESCORE_ALL } = serverModule('jobs/rescoreAll');
const { createMemoryCache } = serverModule('cache/memoryCache');
const { createLogger } = serverModule('log/logger');
const { publishScoringModel } = serverModule('services/publishScoringModel');
const { organizationModelV1, personModelV1 } = serverModule(
  'domain/scoringModels',
);

const bench = await benchDatabase('rescore');
try {
  const db = await openServerDatabase(bench.url);
  console.log(
    `generating ${subjects} subjects, ${subjects * perSubject} records`,
  );
  await generateCity(bench.url, subjects, perSubject);
  const deps = {
    db,
    cache: createMemoryCache(),
    log: createLogger({ level: 'warn' }),
  };
  const officer = await db.models.User.create({
    role: 'office',
    displayName: '基准测试信用办',
  });

  const first = await db.models.Job.create({
    kind: RESCORE_ALL,
    status: 'queued',
  });
  console.log(`first rating of everyone: ${await timedJob(first)} s`);

  const times = [];
  const scans = [];
  for (let i = 1; i <= rounds; i += 1) {
    scans.push(await scan(bench.url));
    // One version of each kind; the second publish's job rates everyone
    // with both, and the first one's is then left with nothing to do.
    const jobs = [];
    for (const model of [personModelV1, organizationModelV1]) {
      const { version: _version, ...draft } = structuredClone(model);
      draft.base += 10 * i;
      jobs.push((await publishScoringModel(db, draft, officer.id)).job);
    }
    times.push(await timedJob(jobs[1]));
    await jobs[0].update({ status: 'done' });
    console.log(
      `round ${i}: raw scan ${scans.at(-1)} s, publish rescore ${times.at(-1)} s`,
    );
  }
  const seconds = median(times);
  const baselineSeconds = median(scans);
  await db.close();
  report({
    scale,
    subjects,
    records: subjects * perSubject,
    rounds,
    seconds,
    baseline_seconds: baselineSeconds,
    ratio: round(seconds / baselineSeconds, 2),
  });

  async function timedJob(job) {
    const started = process.hrtime.bigint();
    const done = await runRescoreAll(deps, job.id);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (done.status !== 'done' || done.done !== subjects) {
      throw new Error(`job ended ${done.status} after ${done.done}`);
    }
    return round(seconds);
  }
} finally {
  await bench.drop();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : round((sorted[middle - 1] + sorted[middle]) / 2);
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
  return round(seconds);
}
