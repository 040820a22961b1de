import { randomInt } from 'node:crypto';
import { QueryTypes } from 'sequelize';

import { createMemoryCache } from '../cache/memoryCache';
import { createRecord, createSubject, createUser } from '../../test/factories';
import { writeFromAnotherProcess } from '../../test/support/anotherProcess';
import { onServerDatabase, useTestDatabase } from '../../test/support/db';
import { captureLog, LogCapture } from '../../test/support/logCapture';
import type { CreditRecord } from '../db/models';
import { createLogger } from '../log/logger';
import { personModelV1 } from '../domain/scoringModels';
import { revokeRecord } from '../services/department/revokeRecord';
import { loadScoringModels } from '../services/loadScoringModels';
import { publishScoringModel } from '../services/publishScoringModel';
import { rescoreSubject } from '../services/rescoreSubject';
import { RESCORE_ALL, resumeRescoreJobs, runRescoreAll } from './rescoreAll';

// A new version of the person model: a general penalty costs 100, not 60,
// or as much as said, since a version the same as the last is refused.
function harsherPersonModel(points = -100) {
  const { version: _version, ...draft } = structuredClone(personModelV1);
  draft.dimensions[2].rules[0].points = points;
  return draft;
}

function logLines(capture: LogCapture): Record<string, unknown>[] {
  return capture
    .text()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A logger that stops the job once it has logged `batches` batches. */
function stoppingAfter(batches: number) {
  const controller = new AbortController();
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    level: 'info',
    destination: {
      write(line: string) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        const progress = lines.filter((l) => l.msg === 'rescore progress');
        if (progress.length >= batches) controller.abort();
      },
    },
  });
  return { log, signal: controller.signal, lines };
}

describe('the rescore-all job', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();

  test('resumes from its cursor after a stop, redoing no subject', async () => {
    const subjects = [];
    for (let i = 0; i < 7; i += 1) {
      const subject = await createSubject(db());
      await createRecord(db(), subject, { severity: 'general' });
      await rescoreSubject(db(), subject.id);
      subjects.push(subject);
    }
    const officer = await db().models.User.create({
      role: 'office',
      login: null,
      openid: null,
      displayName: '信用办',
      subjectId: null,
      merchantId: null,
    });
    const { job } = await publishScoringModel(
      db(),
      harsherPersonModel(),
      officer.id,
    );

    const first = stoppingAfter(2);
    const firstRun = new Date('2026-12-04T01:00:00Z');
    await runRescoreAll({ db: db(), cache, log: first.log }, job.id, {
      batchSize: 3,
      signal: first.signal,
      now: () => firstRun,
    });
    await job.reload();
    expect(job).toMatchObject({ status: 'running', done: 6 });
    expect(job.cursor).toBe(subjects[5].id);
    expect(first.lines).toContainEqual(
      expect.objectContaining({ msg: 'rescore progress', done: 3 }),
    );

    // "Restart": a new process resumes what the first one left running.
    const quiet = createLogger({ level: 'silent' });
    await resumeRescoreJobs({ db: db(), cache, log: quiet }, { batchSize: 3 });
    await job.reload();
    expect(job).toMatchObject({ status: 'done', done: 7 });
    expect(job.total).toBeGreaterThanOrEqual(7);

    const ratings = await db().models.Rating.findAll({
      where: { subjectId: subjects.map((s) => s.id) },
      order: [['subjectId', 'ASC']],
    });
    expect(ratings.map((r) => [r.modelVersion, r.score])).toEqual(
      subjects.map(() => [2, 550]),
    );
    // The six done before the stop kept the first run's time.
    expect(
      ratings.map((r) => r.computedAt.getTime() === firstRun.getTime()),
    ).toEqual([true, true, true, true, true, true, false]);
  });

  test('keeps the old ratings as history', async () => {
    const subject = await db().models.Subject.findOne({
      order: [['id', 'ASC']],
    });
    const points = await db().models.RatingHistory.findAll({
      where: { subjectId: subject!.id },
      order: [['id', 'ASC']],
    });
    expect(points.map((p) => [p.modelVersion, p.score])).toEqual([
      [1, 590],
      [2, 550],
    ]);
  });

  test('a finished job is not walked again', async () => {
    const job = await db().models.Job.findOne({ order: [['id', 'DESC']] });
    const finishedAt = job!.finishedAt;
    const quiet = createLogger({ level: 'silent' });
    await runRescoreAll({ db: db(), cache, log: quiet }, job!.id);
    await job!.reload();
    expect(job!.finishedAt).toEqual(finishedAt);
  });

  describe('across processes', () => {
    async function queuedJob() {
      for (let i = 0; i < 4; i += 1) {
        const subject = await createSubject(db());
        await createRecord(db(), subject, { severity: 'general' });
        await rescoreSubject(db(), subject.id);
      }
      const job = await db().models.Job.create({
        kind: RESCORE_ALL,
        status: 'queued',
      });
      return job;
    }

    test('a job another process holds is left to it until its lease ends', async () => {
      const job = await queuedJob();
      await job.update({
        leaseOwner: 'another-process',
        leaseUntil: new Date(Date.now() + 60_000),
      });
      const quiet = createLogger({ level: 'silent' });
      await runRescoreAll({ db: db(), cache, log: quiet }, job.id);
      await job.reload();
      expect(job).toMatchObject({ status: 'queued', cursor: 0, done: 0 });

      // That process died: its lease runs out and the job is taken over.
      await job.update({ leaseUntil: new Date(Date.now() - 1000) });
      await runRescoreAll({ db: db(), cache, log: quiet }, job.id);
      await job.reload();
      expect(job).toMatchObject({ status: 'done', leaseOwner: null });
      expect(job.done).toBe(await db().models.Subject.count());
    });

    test('a run whose lease was taken stops at its next batch', async () => {
      const job = await queuedJob();
      const lines: Record<string, unknown>[] = [];
      const log = createLogger({
        level: 'info',
        destination: {
          write(line: string) {
            const entry = JSON.parse(line) as Record<string, unknown>;
            lines.push(entry);
            // After the first batch, as if this run had stalled past its
            // lease, another process takes the job, before this run goes
            // on.
            const progress = lines.filter((l) => l.msg === 'rescore progress');
            if (progress.length === 1 && entry === progress[0]) {
              writeFromAnotherProcess(
                db(),
                'UPDATE jobs SET lease_owner = ?, lease_until = ?' +
                  ' WHERE id = ?',
                ['another-process', '2099-01-01 00:00:00.000', `${job.id}`],
              );
            }
          },
        },
      });
      await runRescoreAll({ db: db(), cache, log }, job.id, { batchSize: 2 });
      await job.reload();
      expect(job).toMatchObject({
        status: 'running',
        done: 2,
        leaseOwner: 'another-process',
      });
      expect(lines.map((l) => l.msg)).toContain(
        'rescore job taken over by another process',
      );
    });
  });

  // MariaDB only: there the walk keeps batches in flight while record
  // changes commit beside them, and a deadlock can roll a batch back. On
  // SQLite one writer holds the database at a time, so neither happens.
  (onServerDatabase ? describe : describe.skip)('on MariaDB', () => {
    const office = () => createUser(db(), { role: 'office' });

    test('a batch a deadlock rolled back is redone', async () => {
      for (let i = 0; i < 12; i += 1) {
        const subject = await createSubject(db());
        await createRecord(db(), subject, { severity: 'general' });
        await rescoreSubject(db(), subject.id);
      }
      const officer = await office();
      const { model, job } = await publishScoringModel(
        db(),
        harsherPersonModel(-110),
        officer.id,
      );

      // The first history point the job writes fails as a deadlock's
      // victim would. The flag is in a table without transactions, so
      // its change outlives the rollback and the batch's second attempt
      // goes through.
      const { sequelize } = db();
      await sequelize.query('CREATE TABLE trip (armed INT) ENGINE=Aria');
      await sequelize.query('INSERT INTO trip (armed) VALUES (1)');
      await sequelize.query(
        `CREATE TRIGGER trip_rating_history BEFORE INSERT ON rating_history
        FOR EACH ROW BEGIN
          IF (SELECT armed FROM trip) = 1 THEN
            UPDATE trip SET armed = 0;
            SIGNAL SQLSTATE '40001'
              SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'deadlock (test)';
          END IF;
        END`,
      );
      const capture = captureLog();
      try {
        await runRescoreAll({ db: db(), cache, log: capture.log }, job.id, {
          batchSize: 4,
        });
      } finally {
        await sequelize.query('DROP TRIGGER IF EXISTS trip_rating_history');
        await sequelize.query('DROP TABLE IF EXISTS trip');
      }

      await job.reload();
      expect(job).toMatchObject({
        status: 'done',
        done: await db().models.Subject.count(),
      });
      expect(logLines(capture)).toContainEqual(
        expect.objectContaining({
          msg: 'rescore batch redone',
          reason: 'deadlock',
        }),
      );
      expect(await subjectsNotRatedWithModelsInForce()).toEqual([]);
      const duplicated = await sequelize.query(
        `SELECT h.subject_id FROM rating_history h
        JOIN subjects s ON s.id = h.subject_id AND s.kind = 'person'
        WHERE h.model_version = :version
        GROUP BY h.subject_id HAVING COUNT(*) > 1`,
        { replacements: { version: model.version }, type: QueryTypes.SELECT },
      );
      expect(duplicated).toEqual([]);
    });

    test('record changes committing while the job runs win', async () => {
      // Three penalties each, so every revocation changes a score. One
      // subject in three has no rating yet: its batch inserts one, which a
      // revocation may write first.
      const revocable: CreditRecord[] = [];
      for (let i = 0; i < 150; i += 1) {
        const subject = await createSubject(db());
        for (let j = 0; j < 3; j += 1) {
          revocable.push(
            await createRecord(db(), subject, { severity: 'general' }),
          );
        }
        if (i % 3 !== 0) await rescoreSubject(db(), subject.id);
      }
      const officer = await office();
      const { job } = await publishScoringModel(
        db(),
        harsherPersonModel(-120),
        officer.id,
      );

      const batchSize = 5;
      const capture = captureLog();
      let walking = true;
      const walked = runRescoreAll(
        { db: db(), cache, log: capture.log },
        job.id,
        { batchSize },
      ).finally(() => {
        walking = false;
      });
      let changes = 0;
      // Each changer revokes records of its own subjects, one at a time:
      // two changes of one subject at once are not what this test pins.
      // It picks among the subjects the job is about to lock, where a
      // change is most likely to land between a batch's reads and its
      // commit; picked from everyone, most changes missed every batch.
      const changer = async (records: CreditRecord[]) => {
        while (walking && records.length > 0) {
          const { cursor } = await db().models.Job.findByPk(job.id, {
            rejectOnEmpty: true,
          });
          const near = records.filter(
            (r) =>
              r.subjectId > cursor && r.subjectId <= cursor + 3 * batchSize,
          );
          const pool = near.length > 0 ? near : records;
          const record = pool[randomInt(pool.length)];
          records.splice(records.indexOf(record), 1);
          await revokeRecord(
            { db: db(), cache },
            {
              recordId: record.id,
              departmentId: record.departmentId,
              userId: officer.id,
              reason: '测试撤销',
            },
          );
          changes += 1;
        }
      };
      const changers = [0, 1, 2].map((k) =>
        changer(revocable.filter((r) => r.subjectId % 3 === k)),
      );
      try {
        await Promise.all(changers);
      } finally {
        await walked;
        await Promise.allSettled(changers);
      }

      await job.reload();
      expect(job).toMatchObject({
        status: 'done',
        done: await db().models.Subject.count(),
      });
      expect(changes).toBeGreaterThan(0);
      expect(await staleRatings()).toEqual([]);
    }, 60_000);

    /** Subjects whose rating is missing or not of their kind's model. */
    async function subjectsNotRatedWithModelsInForce() {
      const models = await loadScoringModels(db());
      const subjects = await db().models.Subject.findAll({
        attributes: ['id', 'kind'],
        raw: true,
      });
      const ratings = await db().models.Rating.findAll({
        attributes: ['subjectId', 'modelVersion'],
        raw: true,
      });
      const versions = new Map(
        ratings.map((r) => [r.subjectId, r.modelVersion]),
      );
      return subjects
        .filter((s) => versions.get(s.id) !== models[s.kind].version)
        .map((s) => s.id);
    }

    /**
     * Every stored rating that differs from what the subject's records
     * give now, beside what they give; computed in a transaction rolled
     * back, so nothing is written.
     */
    async function staleRatings() {
      const verdict = (r: {
        score: number;
        grade: string;
        modelVersion: number;
      }) => [r.score, r.grade, r.modelVersion];
      const stored = await db().models.Rating.findAll({ raw: true });
      const storedOf = new Map(stored.map((r) => [r.subjectId, verdict(r)]));
      const subjects = await db().models.Subject.findAll({
        attributes: ['id'],
        order: [['id', 'ASC']],
        raw: true,
      });
      const stale = [];
      const transaction = await db().sequelize.transaction();
      try {
        for (const { id } of subjects) {
          const now = verdict(await rescoreSubject(db(), id, { transaction }));
          const was = storedOf.get(id);
          if (was === undefined || was.join() !== now.join()) {
            stale.push({ subjectId: id, stored: was, fromRecords: now });
          }
        }
      } finally {
        await transaction.rollback();
      }
      return stale;
    }
  });
});
