// One record change to a fresh rating: revoke or restore a record and
// rescore its subject in one transaction, retire the cached rating after
// the commit (Redis), then read the rating as the API does. Prints p50 and
// p99 over many changes.
// Usage: node test/bench/rescore-one.mjs [--scale 0.1]
import {
  benchDatabase,
  dropRedisKeys,
  generateCity,
  openServerDatabase,
  option,
  percentile,
  redisUrl,
  report,
  round,
  serverModule,
} from './lib.mjs';

const scale = option('scale', 1);
const subjects = Math.round(20_000 * scale);
const perSubject = 5;
const changes = 1000;

const bench = await benchDatabase('rescore_one');
const { createRedisCache } = serverModule('cache/redisCache');
const keyPrefix = `bench:${process.pid}:`;
const cache = createRedisCache({ url: redisUrl, keyPrefix });
try {
  const db = await openServerDatabase(bench.url);
  await generateCity(bench.url, subjects, perSubject);
  const { rescoreSubject } = serverModule('services/rescoreSubject');
  const { forgetRatings } = serverModule('services/ratingCache');
  const { getRating } = serverModule('services/getRating');
  const deps = { db, cache };

  const timings = [];
  for (let i = 0; i < changes; i += 1) {
    const recordId = 1 + ((i * 7919) % (subjects * perSubject));
    const started = process.hrtime.bigint();
    const subjectId = await db.sequelize.transaction(async (transaction) => {
      const record = await db.models.CreditRecord.findByPk(recordId, {
        transaction,
      });
      await record.update(
        { status: record.status === 'active' ? 'revoked' : 'active' },
        { transaction },
      );
      await rescoreSubject(db, record.subjectId, { transaction });
      transaction.afterCommit(() => forgetRatings(cache, [record.subjectId]));
      return record.subjectId;
    });
    await getRating(deps, subjectId);
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  await db.close();
  report({
    scale,
    subjects,
    changes,
    p50_ms: round(percentile(timings, 50), 2),
    p99_ms: round(percentile(timings, 99), 2),
  });
} finally {
  await cache.close();
  await dropRedisKeys(keyPrefix);
  await bench.drop();
}
