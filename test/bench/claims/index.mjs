// The flash crowd: 20,000 citizens tap "claim" on a 2,000-voucher offer,
// 200 at a time, through two server processes sharing MariaDB and Redis.
// Then the same 20,000 attempts as bare transactions on mysql2, the floor
// the HTTP path is compared with. The last line holds the figures; the run
// fails when the database let a voucher too many, a duplicate or a server
// error through.
// Usage: pnpm bench:claims  (BENCH_DATABASE_URL, BENCH_REDIS_URL and
// BENCH_REDIS_DB point it elsewhere)
import { createServer } from 'node:net';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';

import {
  benchDatabase,
  openServerDatabase,
  option,
  percentile,
  redisUrl,
  report,
  round,
} from '../lib.mjs';
import { runBaseline } from './baseline.mjs';
import { fireClaims } from './load.mjs';
import { createOffers, rateAll, seedCitizens, signTokens } from './seed.mjs';
import { benchSecrets, startServer } from './servers.mjs';

// Smaller runs (--subjects 4000 --quota 400) are for profiling.
const SUBJECTS = option('subjects', 20_000);
const QUOTA = option('quota', 2_000);
const CONCURRENCY = 200;
// Sequelize's default pool is 5 connections per process; the baseline gets
// as many as the two servers hold together.
const BASELINE_CONNECTIONS = 10;
const WARM_UP = 400;
const goals = { ratio: 0.5, p99Ms: 200 };

const redisDb = Number(process.env.BENCH_REDIS_DB ?? 13);
const benchRedisUrl = `${redisUrl.replace(/\/\d*$/, '')}/${redisDb}`;

const bench = await benchDatabase('claims');
const redis = new Redis(benchRedisUrl, { lazyConnect: true });
const servers = [];
let failed;
try {
  await redis.connect();
  // Another user's keys in this Redis database would be flushed at the end.
  if ((await redis.dbsize()) !== 0) {
    throw new Error(`Redis db ${redisDb} is not empty: set BENCH_REDIS_DB`);
  }

  const db = await openServerDatabase(bench.url);
  let t = performance.now();
  await seedCitizens(bench.url, SUBJECTS);
  await rateAll(db, SUBJECTS);
  const offers = await createOffers(db, {
    预热: WARM_UP,
    抢券: QUOTA,
    基线: QUOTA,
  });
  await db.close();
  const auths = signTokens(
    { secret: benchSecrets.JWT_SECRET, ttlSeconds: 3600 },
    SUBJECTS,
  );
  console.log(`seeded ${SUBJECTS} citizens in ${seconds(t)} s`);

  for (const port of [await freePort(), await freePort()]) {
    servers.push(
      await startServer({
        port,
        databaseUrl: bench.url,
        redisUrl: benchRedisUrl,
      }),
    );
  }
  const urls = servers.map((server) => server.url);

  // Compiled code and open pools, as in a server that has been up a while.
  await fireClaims({
    urls,
    offerId: offers['预热'].id,
    auths: auths.slice(-WARM_UP),
    concurrency: 50,
    tag: 'warm',
  });

  const rush = await fireClaims({
    urls,
    offerId: offers['抢券'].id,
    auths,
    concurrency: CONCURRENCY,
    tag: 'rush',
  });
  const latencies = rush.results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = tally(rush.results);
  console.log(`http: ${rush.seconds.toFixed(1)} s, statuses ${statuses}`);
  // The crowd has two phases: claims that get a voucher, then refusals.
  const lastVoucherMs = Math.max(
    0,
    ...rush.results.filter((r) => r.status === 201).map((r) => r.at),
  );
  console.log(`last voucher issued after ${round(lastVoucherMs / 1000, 1)} s`);
  console.log(
    `http latency ms: p50=${round(percentile(latencies, 50), 1)}` +
      ` p90=${round(percentile(latencies, 90), 1)}` +
      ` p99=${round(percentile(latencies, 99), 1)}` +
      ` max=${round(latencies.at(-1), 1)}`,
  );

  const base = await runBaseline({
    url: bench.url,
    offerId: offers['基线'].id,
    subjects: SUBJECTS,
    concurrency: CONCURRENCY,
    connections: BASELINE_CONNECTIONS,
  });
  const baseLatencies = base.latencies.sort((a, b) => a - b);
  console.log(
    `baseline: ${base.seconds.toFixed(1)} s, ${base.issued} issued,` +
      ` p99=${round(percentile(baseLatencies, 99), 1)} ms`,
  );

  const counted = await countVouchers(bench.url, offers['抢券'].id);
  const unexpected = rush.results.filter(
    (r) =>
      r.status !== 201 &&
      !(r.status === 409 && r.code === 'quota_exhausted') &&
      r.status < 500,
  ).length;
  const served = rush.results.filter((r) => r.status === 201).length;
  const errors5xx = rush.results.filter((r) => r.status >= 500).length;
  const claimsPerS = SUBJECTS / rush.seconds;
  const baselinePerS = SUBJECTS / base.seconds;
  const ratio = claimsPerS / baselinePerS;
  const p99 = percentile(latencies, 99);

  const problems = [];
  if (counted.vouchers !== QUOTA) problems.push('vouchers is not the quota');
  if (counted.duplicates !== 0) problems.push('duplicate vouchers');
  if (errors5xx !== 0) problems.push('server errors');
  if (served !== counted.vouchers) problems.push('201s differ from vouchers');
  if (counted.claimed !== counted.vouchers) {
    problems.push('the offer counter differs from its vouchers');
  }
  if (unexpected !== 0) problems.push(`${unexpected} unexpected answers`);
  if (base.issued !== QUOTA) problems.push('baseline issued not the quota');
  for (const problem of problems) console.log(`INVARIANT FAILED: ${problem}`);
  if (ratio < goals.ratio) console.log(`goal missed: ratio < ${goals.ratio}`);
  if (p99 > goals.p99Ms) console.log(`goal missed: p99 > ${goals.p99Ms} ms`);
  failed = problems.length > 0;

  report({
    attempts: rush.results.length,
    vouchers: counted.vouchers,
    duplicates: counted.duplicates,
    errors_5xx: errors5xx,
    claims_per_s: round(claimsPerS, 1),
    p99_ms: round(p99, 1),
    baseline_per_s: round(baselinePerS, 1),
    ratio: round(ratio, 3),
  });
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  if (redis.status === 'ready') {
    await redis.flushdb();
    await redis.quit();
  } else {
    redis.disconnect();
  }
  await bench.drop();
}
process.exit(failed ? 1 : 0);

/** Vouchers of the offer, subjects or codes that appear twice, its counter. */
async function countVouchers(url, offerId) {
  const conn = await mysql.createConnection(url);
  const [[{ vouchers }]] = await conn.query(
    `SELECT COUNT(*) AS vouchers FROM vouchers v
       JOIN claims c ON c.id = v.claim_id WHERE c.offer_id = ?`,
    [offerId],
  );
  const [[{ twiceHeld }]] = await conn.query(
    `SELECT COUNT(*) AS twiceHeld FROM (SELECT c.subject_id FROM vouchers v
       JOIN claims c ON c.id = v.claim_id WHERE c.offer_id = ?
       GROUP BY c.subject_id HAVING COUNT(*) > 1) AS t`,
    [offerId],
  );
  const [[{ twiceCoded }]] = await conn.query(
    `SELECT COUNT(*) AS twiceCoded FROM (SELECT code FROM vouchers
       GROUP BY code HAVING COUNT(*) > 1) AS t`,
  );
  const [[{ claimed }]] = await conn.query(
    'SELECT claimed FROM offers WHERE id = ?',
    [offerId],
  );
  await conn.end();
  return {
    vouchers: Number(vouchers),
    duplicates: Number(twiceHeld) + Number(twiceCoded),
    claimed: Number(claimed),
  };
}

function tally(results) {
  const counts = new Map();
  for (const { status, code } of results) {
    const key = code ? `${status} ${code}` : String(status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}: ${n}`).join(', ');
}

function seconds(since) {
  return ((performance.now() - since) / 1000).toFixed(1);
}

// The server refuses PORT=0, so ask the OS for a free port and hand it on.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
